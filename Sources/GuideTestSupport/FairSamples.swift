import Foundation
import GuideFairs
import GuideModel

/// Fair files of the CAAT/Omega dataset for tests: the three copied into `Tests/Fixtures/caat/`,
/// and every sample in the project's shared folder (`shared/data/caat/`) when it is there.
public enum FairSamples {
    /// `Tests/Fixtures/caat/<name>`.
    public static func fixture(_ name: String) -> String { Fixtures.fixture("caat/" + name) }

    /// The copied samples: metadata only, a list with single-string aliases, a list with categories.
    public static let fixtureNames = ["adex-2016.json", "adex-2022.json", "adex-2024.json"]

    /// The shared samples folder, looked for in the repository's parent folders (a clone may sit
    /// at `work/main` or deeper, at `work/helpers/x`); nil when there is none.
    public static let sharedFolder: URL? = {
        var directory = Fixtures.repositoryRoot
        for _ in 0..<4 {
            directory.deleteLastPathComponent()
            let candidate = directory.appendingPathComponent("shared/data/caat")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("README.md").path) { return candidate }
        }
        return nil
    }()

    /// Every `.json` sample in the shared folder, sorted; empty when the folder is missing.
    public static var sharedSamples: [String] {
        guard let folder = sharedFolder,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0).path }
    }
}

extension FairSamples {
    /// The three copied samples opened together as one catalogue (ADEX 2016, 2022 and 2024: a
    /// span of eight years, exhibitor lists only), as `adex-guide --data` opens a folder.
    public static func loadFixtureCollection() throws -> Catalog {
        try FairCollection.load(files: fixtureNames.map(fixture), name: "caat fixtures").catalog
    }
}
