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

    /// What a cache file can be turned into by accident or malice.
    enum Planted: String, CaseIterable, Sendable {
        /// A sparse file of 8 GB (no disk used): refused by its size, not checksummed.
        case sparseFile
        /// A FIFO nobody writes to: refused without blocking.
        case fifo
        /// A link to an endless device.
        case linkToDevZero
        case directory
    }

    /// Whatever sits where the index should be, the search answers as without a cache, promptly
    /// (under `timeout`, so a reader that blocks or reads without end fails instead of hanging),
    /// and a good index takes its place.
    @Test(arguments: Planted.allCases)
    func aCacheFileThatIsNoIndexIsReplacedWithoutBeingRead(planted: Planted) throws {
        let (data, cache) = try scratch()
        let environment = ["ADEX_GUIDE_CACHE": cache.path]
        let good = try runner.run(["search", "--data", data.path, "optics"], environment: environment)
        let file = try #require(indexFiles(cache).first)
        try FileManager.default.removeItem(at: file)
        switch planted {
        case .sparseFile:
            let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            #expect(descriptor >= 0 && ftruncate(descriptor, 8 << 30) == 0)
            close(descriptor)
        case .fifo:
            #expect(mkfifo(file.path, 0o600) == 0)
        case .linkToDevZero:
            try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "/dev/zero")
        case .directory:
            try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
        }
        let timed = BinaryRunner(executable: "/usr/bin/timeout")
        let run = try timed.run(["120", runner.executable, "search", "--data", data.path, "optics"], environment: environment)
        #expect(run.status == 0, "\(planted): exit \(run.status) \(run.stderr)")
        #expect(run.stdout == good.stdout)
        guard planted != .directory else { return }
        // Replaced by a good index, which the next run reads.
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(((attributes[.size] as? NSNumber)?.intValue ?? .max) < 1 << 20)
        #expect(try runner.run(["search", "--data", data.path, "optics"], environment: environment).stdout == good.stdout)
    }
}
