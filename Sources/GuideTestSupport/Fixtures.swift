import Foundation
import GuideFairs
import GuideModel

/// Locates the repository's files from tests, whatever the working directory of the test run.
public enum Fixtures {
    /// The repository root, found from this source file's location.
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    public static func path(_ relative: String) -> String {
        repositoryRoot.appendingPathComponent(relative).path
    }

    /// `Tests/Fixtures/<name>`.
    public static func fixture(_ name: String) -> String { path("Tests/Fixtures/" + name) }

    /// The bundled dataset as a file (the binary embeds the same bytes).
    public static var bundledData: String { path("Assets/adex-2024.json") }

    /// The bundled show as the program shows it: compared with the ADEX 2022 list.
    public static func loadBundled() throws -> Catalog {
        let catalog = try CatalogLoader.load(contentsOf: bundledData, displayName: "adex-2024.json")
        let earlier = try Data(contentsOf: URL(fileURLWithPath: path("Assets/caat-adex-2022.json")))
        return try BundledHistory.compare(catalog, earlierList: Array(earlier), fileName: "caat-adex-2022.json")
    }

    public static func loadFictional() throws -> Catalog {
        try CatalogLoader.load(contentsOf: fixture("fictional-expo.json"), displayName: "fictional-expo.json")
    }

    /// The fictional show parsed as a JSON tree, for tests that mutate it into invalid variants.
    public static func fictionalDocument() throws -> JSONValue {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture("fictional-expo.json")))
        return try JSONParser.parse(Array(data))
    }

    /// A directory for one test's files, removed by the caller.
    /// Every problem the loader finds in `document` (read as `show.json`), one line each; empty
    /// when it loads.
    public static func problems(_ document: JSONValue) -> [String] {
        do {
            _ = try CatalogLoader.build(from: document, fileName: "show.json")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("adex-guide-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
