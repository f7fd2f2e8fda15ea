import Foundation

/// One input a campaign starts from, named for the reports.
public struct FuzzSeed: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// The seeds of `target` under a fixtures folder (the repository's `Tests/Fixtures`):
    /// `fuzz/<target>/*` (one file per defect found, plus typical files), and the fixtures the
    /// other tests use; the cache's seeds are the cache files of the show seeds, built now, since
    /// a cache file is only valid for the binary that wrote it.
    public static func corpus(for target: FuzzTarget, fixtures: URL) -> [FuzzSeed] {
        switch target {
        case .show:
            return files(in: fixtures.appending(path: "fuzz/show")) + files(at: [fixtures.appending(path: "fictional-expo.json")])
        case .fair:
            return files(in: fixtures.appending(path: "fuzz/fair")) + files(in: fixtures.appending(path: "caat"))
        case .plan:
            return files(in: fixtures.appending(path: "fuzz/plan"))
        case .cache:
            return corpus(for: .show, fixtures: fixtures).compactMap { show in
                CacheExercise.seed(fromShow: show.bytes).map { FuzzSeed(name: show.name + ".cache", bytes: $0) }
            }
        }
    }

    static func files(in folder: URL) -> [FuzzSeed] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files(at: names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appending(path: $0) })
    }

    static func files(at urls: [URL]) -> [FuzzSeed] {
        urls.compactMap { url in
            (try? Data(contentsOf: url)).map { FuzzSeed(name: url.lastPathComponent, bytes: [UInt8]($0)) }
        }
    }
}
