import GuideModel

/// The show loader: a document is either refused with problems that each name the file, or it
/// loads, and then every screen of the guide can be drawn from it.
public enum ShowExercise {
    static let fileName = "fuzz-show.json"

    public static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let catalog: Catalog
        do {
            catalog = try CatalogLoader.load(bytes: bytes, fileName: fileName)
        } catch {
            return RefusalCheck.outcome(error, fileName: fileName)
        }
        GuideWalk.exercise(catalog)
        return .accepted
    }
}
