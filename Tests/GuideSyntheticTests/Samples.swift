import GuideModel
import GuideSynthetic

/// Shows generated once and shared by the tests (Swift Testing runs them in parallel; static
/// properties are initialised once, safely), so the suite stays fast.
enum Samples {
    static let smallCount = 200
    static let mediumCount = 3_000
    static let seed: UInt64 = 42

    static let small = SyntheticShow.generate(exhibitors: smallCount, seed: seed)
    static let medium = SyntheticShow.generate(exhibitors: mediumCount, seed: seed)

    /// The medium show parsed as a tree, in file order (the catalog sorts exhibitors by name).
    static let mediumTree: JSONValue = {
        do {
            return try JSONParser.parse(Array(medium.utf8))
        } catch {
            fatalError("the medium sample is not JSON: \(error)")
        }
    }()

    /// The medium show loaded once by the project's loader, shared by every test that reads it.
    static let mediumCatalog: Result<Catalog, CatalogLoadError> = Result { () throws(CatalogLoadError) in
        try CatalogLoader.load(bytes: Array(medium.utf8), fileName: "medium.json")
    }

    static func load(_ text: String, name: String) throws -> Catalog {
        try CatalogLoader.load(bytes: Array(text.utf8), fileName: name)
    }

    /// The elements of a top-level array of `tree`.
    static func section(_ key: String, of tree: JSONValue = mediumTree) -> [JSONValue] {
        guard case .object(let members) = tree,
              case .array(let elements)? = members.first(where: { $0.key == key })?.value else { return [] }
        return elements
    }

    /// A string member of an object.
    static func string(_ key: String, of value: JSONValue) -> String? {
        guard case .object(let members) = value, case .string(let text)? = members.first(where: { $0.key == key })?.value else {
            return nil
        }
        return text
    }
}
