import Foundation
import GuideFairs
import GuideTestSupport
import Testing

/// The progress of a folder being loaded: what `FairCollection.load` counts, and the one line
/// `adex-guide` draws from it (a pure function of the counts and the terminal's width).
struct LoadProgressTests {
    static let snapshots: [FairLoadProgress.Snapshot] = [
        .init(filesRead: 0, totalFiles: 1_851, entriesRead: 0),
        .init(filesRead: 925, totalFiles: 1_851, entriesRead: 111_422),
        .init(filesRead: 1_850, totalFiles: 1_851, entriesRead: 222_000),
        .init(filesRead: 1_851, totalFiles: 1_851, entriesRead: 222_845),
        .init(filesRead: 3, totalFiles: 3, entriesRead: 0),
        .init(filesRead: 99_999, totalFiles: 100_000, entriesRead: 20_000_000),
    ]

    /// Whatever the width, the line leaves the last column free (no wrap, so `\r` and erase-line
    /// clear it whole) and is plain ASCII (no width surprises).
    @Test(arguments: snapshots, [0, 1, 10, 20, 40, 60, 80, 120, 300])
    func theLineFitsTheTerminal(_ snapshot: FairLoadProgress.Snapshot, width: Int) {
        let line = LoadProgressLine.text(snapshot, width: width)
        #expect(line.count <= max(0, width - 1), "\(width): \(line)")
        #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "\(line)")
    }

    /// On a usual terminal the line says files read of all and the entries so far; once every
    /// file is read it says that the matching is under way.
    @Test(arguments: snapshots)
    func theLineSaysTheCounts(_ snapshot: FairLoadProgress.Snapshot) {
        let line = LoadProgressLine.text(snapshot, width: 80)
        #expect(line.contains("\(LoadProgressLine.grouped(snapshot.filesRead))/\(LoadProgressLine.grouped(snapshot.totalFiles)) files"), "\(line)")
        #expect(line.contains("\(LoadProgressLine.grouped(snapshot.entriesRead)) entries"), "\(line)")
        #expect(line.hasPrefix(snapshot.readingDone ? "Matching" : "Reading"), "\(line)")
    }

    @Test(arguments: [(0, 10, 0), (5, 10, 12), (10, 10, 24), (1, 1_851, 0), (1_850, 1_851, 23), (0, 0, 24), (12, 10, 24)])
    func theBarFillsWithTheFilesRead(done: Int, total: Int, filled: Int) {
        let bar = LoadProgressLine.bar(done, of: total)
        #expect(bar.count == LoadProgressLine.barWidth + 2)
        #expect(bar.filter { $0 == "#" }.count == filled, "\(bar)")
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (222_845, "222,845"), (1_234_567, "1,234,567")])
    func countsAreGrouped(number: Int, text: String) {
        #expect(LoadProgressLine.grouped(number) == text)
    }

    /// Every file counts once, read on all cores, with its entries: the samples' lists have 149
    /// and 201 entries, ADEX 2016 none.
    @Test func loadingCountsEveryFileAndEntry() throws {
        let files = FairSamples.fixtureNames.map(FairSamples.fixture)
        let progress = FairLoadProgress(totalFiles: files.count)
        var timings = FairCollectionTimings()
        _ = try FairCollection.load(files: files, name: "samples", timings: &timings, progress: progress)
        #expect(progress.snapshot == .init(filesRead: 3, totalFiles: 3, entriesRead: 149 + 201))
        #expect(progress.snapshot.readingDone)
    }

    /// A file that cannot be read counts as read too: the line reaches the end whatever the files hold.
    @Test func aBrokenFileCountsAsRead() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.json")
        try Data("{\"series\": \"X\", \"exhibitor\": [".utf8).write(to: broken)
        let files = [FairSamples.fixture("adex-2022.json"), broken.path]
        let progress = FairLoadProgress(totalFiles: files.count)
        var timings = FairCollectionTimings()
        _ = try? FairCollection.load(files: files, name: "mixed", timings: &timings, progress: progress)
        #expect(progress.snapshot.filesRead == 2)
        #expect(progress.snapshot.entriesRead == 149)
    }
}
