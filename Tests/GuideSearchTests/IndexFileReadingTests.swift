import Foundation
@testable import GuideSearch
import GuideModel
import GuideSynthetic
import GuideTestSupport
import Testing

/// `IndexFile.readFile`: a cache file is read only if it is a regular file whose size, checked
/// before reading, an index of the data file could have; anything else is refused at once.
struct IndexFileReadingTests {
    static let key = Array("data file identity".utf8)
    static let json = SyntheticShow.generate(exhibitors: 2_000, seed: 3, layout: .compact)
    static let index: SearchIndex = {
        do {
            return SearchIndex(catalog: try CatalogLoader.load(bytes: Array(json.utf8), fileName: "synthetic.json"))
        } catch {
            fatalError("the synthetic show does not load: \(error)")
        }
    }()
    static let encoded = IndexFile.encode(index, key: key)

    private func scratch() throws -> URL {
        let directory = try Fixtures.temporaryDirectory()
        return directory.appendingPathComponent("search.index")
    }

    private func refusal(_ path: String, dataBytes: Int = json.utf8.count) -> String? {
        do {
            _ = try IndexFile.readFile(atPath: path, key: Self.key, dataBytes: dataBytes)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func anIndexWithinItsBoundIsReadBack() throws {
        let file = try scratch()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try Data(Self.encoded).write(to: file)
        let read = try IndexFile.readFile(atPath: file.path, key: Self.key, dataBytes: Self.json.utf8.count)
        #expect(read.search("azer").groups.map { $0.hits.map(\.id) } == Self.index.search("azer").groups.map { $0.hits.map(\.id) })
    }

    /// A good index keyed to this data but larger than an index of a data file that size could be
    /// is refused by its size, before anything is read (decoding would accept it).
    @Test func aFileLargerThanTheDataAllowsIsRefusedByItsSize() throws {
        let file = try scratch()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try Data(Self.encoded).write(to: file)
        #expect(Self.encoded.count > IndexFile.maximumSize(forDataBytes: 1_000))
        let why = try #require(refusal(file.path, dataBytes: 1_000))
        #expect(why.contains("more than an index of a 1000-byte data file can be"), "\(why)")
    }

    @Test(arguments: [Int64(8) << 30, Int64(IndexFile.sizeCap) + 1])
    func aSparseFileIsRefusedByItsSize(size: Int64) throws {
        let file = try scratch()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        #expect(ftruncate(descriptor, off_t(size)) == 0)
        close(descriptor)
        // Even a data file of the loader's largest size cannot give an index this large.
        let why = try #require(refusal(file.path, dataBytes: CatalogLoader.maximumFileSize))
        #expect(why.contains("more than an index"), "\(why)")
    }

    @Test func aDirectoryADeviceAndALinkAreRefused() throws {
        let file = try scratch()
        let directory = file.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        #expect(refusal(file.path) == "not a regular file")
        #expect(refusal("/dev/zero") == "not a regular file")
        let link = directory.appendingPathComponent("link.index")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")
        #expect(refusal(link.path)?.hasPrefix("cannot open") == true)
        let good = directory.appendingPathComponent("good.index")
        try Data(Self.encoded).write(to: good)
        let linkToGood = directory.appendingPathComponent("link-to-good.index")
        try FileManager.default.createSymbolicLink(atPath: linkToGood.path, withDestinationPath: good.path)
        #expect(refusal(linkToGood.path)?.hasPrefix("cannot open") == true)
    }

    /// A FIFO is refused without waiting for a writer. (Should the reader ever block on it, a
    /// writer opened after a generous deadline lets the test end and fail instead of hanging.)
    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let file = try scratch()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(mkfifo(file.path, 0o600) == 0)
        let done = DispatchSemaphore(value: 0)
        let outcome = OutcomeBox()
        let path = file.path
        Thread.detachNewThread {
            do {
                _ = try IndexFile.readFile(atPath: path, key: IndexFileReadingTests.key, dataBytes: 1_000)
                outcome.set("read")
            } catch {
                outcome.set("\(error)")
            }
            done.signal()
        }
        if done.wait(timeout: .now() + 60) == .timedOut {
            Issue.record("reading a FIFO blocked")
            let writer = open(path, O_WRONLY | O_NONBLOCK)
            done.wait()
            close(writer)
        }
        #expect(outcome.value == "not a regular file")
    }

    @Test func theBoundGrowsWithTheDataUpToTheCap() {
        #expect(IndexFile.maximumSize(forDataBytes: 0) == IndexFile.fixedAllowance)
        #expect(IndexFile.maximumSize(forDataBytes: 1_000) == 32_000 + IndexFile.fixedAllowance)
        #expect(IndexFile.maximumSize(forDataBytes: CatalogLoader.maximumFileSize) == IndexFile.sizeCap)
        #expect(IndexFile.maximumSize(forDataBytes: .max) == IndexFile.sizeCap)
        #expect(IndexFile.maximumSize(forDataBytes: -1) == IndexFile.fixedAllowance)
        // An ordinary show is far inside it.
        #expect(Self.encoded.count < IndexFile.maximumSize(forDataBytes: Self.json.utf8.count) / 8)
    }
}

/// A value set on one thread and read on another.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?
    func set(_ value: String) { lock.withLock { stored = value } }
    var value: String? { lock.withLock { stored } }
}
