import Foundation
import GuideTestSupport
import Testing

/// `adex-guide search --data FILE` keeps the file's search index in a cache: the second run reads it,
/// an edited file is indexed again, and a damaged or foreign cache file is never trusted.
struct SearchCacheTests {
    let runner = BinaryRunner()

    /// A copy of the fictional show and an empty cache directory.
    private func scratch() throws -> (data: URL, cache: URL) {
        let directory = try Fixtures.temporaryDirectory()
        let data = directory.appendingPathComponent("show.json")
        try FileManager.default.copyItem(atPath: Fixtures.fixture("fictional-expo.json"), toPath: data.path)
        return (data, directory.appendingPathComponent("cache"))
    }

    private func indexFiles(_ cache: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil)) ?? []).filter { $0.pathExtension == "index" }
    }

    @Test func theIndexIsKeptAndReadBack() throws {
        let (data, cache) = try scratch()
        let environment = ["ADEX_GUIDE_CACHE": cache.path]
        let first = try runner.run(["search", "--data", data.path, "optics"], environment: environment)
        #expect(first.status == 0)
        #expect(indexFiles(cache).count == 1)
        let second = try runner.run(["search", "--data", data.path, "optics"], environment: environment)
        #expect(second.stdout == first.stdout)
        #expect(second.stderr.isEmpty)
        // Without the cache, the same answer.
        let uncached = try runner.run(["search", "--data", data.path, "--no-cache", "optics"], environment: environment)
        #expect(uncached.stdout == first.stdout)
    }

    @Test func anEditedFileIsIndexedAgain() throws {
        let (data, cache) = try scratch()
        let environment = ["ADEX_GUIDE_CACHE": cache.path]
        _ = try runner.run(["search", "--data", data.path, "optics"], environment: environment)
        var text = try String(contentsOf: data, encoding: .utf8)
        #expect(text.contains("Optics"))
        text = text.replacingOccurrences(of: "Optics", with: "Lenses")
        try text.write(to: data, atomically: false, encoding: .utf8)
        let after = try runner.run(["search", "--data", data.path, "lenses"], environment: environment)
        #expect(after.status == 0)
        #expect(!after.stdout.hasPrefix("No matches"), "the edited name is found: \(after.stdout)")
        // And an edit that breaks the file is reported, not hidden behind the old index.
        try "{".write(to: data, atomically: false, encoding: .utf8)
        let broken = try runner.run(["search", "--data", data.path, "lenses"], environment: environment)
        #expect(broken.status == 65)
    }

    @Test func aDamagedCacheFileIsNotTrusted() throws {
        let (data, cache) = try scratch()
        let environment = ["ADEX_GUIDE_CACHE": cache.path]
        let good = try runner.run(["search", "--data", data.path, "optics"], environment: environment)
        let file = try #require(indexFiles(cache).first)
        var bytes = try Data(contentsOf: file)
        for (offset, damage) in [(bytes.count / 2, UInt8(0x5A)), (40, UInt8(0xFF))] {
            bytes[offset] ^= damage
            try bytes.write(to: file)
            let run = try runner.run(["search", "--data", data.path, "optics"], environment: environment)
            #expect(run.status == 0)
            #expect(run.stdout == good.stdout)
        }
        try Data(bytes.prefix(100)).write(to: file)
        #expect(try runner.run(["search", "--data", data.path, "optics"], environment: environment).stdout == good.stdout)
        try Data("not an index".utf8).write(to: file)
        #expect(try runner.run(["search", "--data", data.path, "optics"], environment: environment).stdout == good.stdout)
    }

    @Test func anUnwritableOrDisabledCacheOnlyCostsSpeed() throws {
        let (data, _) = try scratch()
        let good = try runner.run(["search", "--data", data.path, "optics"], environment: ["ADEX_GUIDE_CACHE": "off"])
        #expect(good.status == 0)
        #expect(!good.stdout.hasPrefix("No matches"))
        let unwritable = try runner.run(["search", "--data", data.path, "optics"], environment: ["ADEX_GUIDE_CACHE": "/proc/adex-guide-cache"])
        #expect(unwritable.status == 0)
        #expect(unwritable.stdout == good.stdout)
        #expect(unwritable.stderr.isEmpty)
    }
}
