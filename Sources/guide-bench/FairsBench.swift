import Foundation
import GuideFairs
import GuideModel
import GuideSearch

/// The fairs section of `guide-bench` (issue 7, scale): a directory of hundreds of fair files
/// (the synthetic directory of `SyntheticFairDirectory`, about 200,000 entries) opened as one
/// catalogue with `FairCollection`, as `adex-guide --data DIR` opens it: the open time in-process
/// with where it goes, peak memory, the whole `adex-guide --data DIR info` process, and the
/// search per keystroke on that catalogue; then the same for the shared samples when present.
///
/// Targets (from the issue; printed, never asserted): open in under 2 s, p99 per keystroke under
/// 16 ms.
struct FairsBench {
    let lists: Int
    let entries: Int
    let seed: UInt64
    let dataDirectory: URL
    /// The release `adex-guide` (whole-process figures are skipped when it is not built).
    let binary: String
    /// In-process opens per directory; the median is printed.
    let runs: Int
    let typingRounds: Int
    /// Whole-process timing; nil without hyperfine (then a few plain runs are timed).
    let hyperfine: Hyperfine?
    /// The shared samples (nine real fair files), when found.
    let samples: String?

    static let openTarget = 2.0
    static let keystrokeTarget = 0.016

    func run() throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("\n== fairs: a directory of fair files opened as one catalogue (FairCollection); \(cores) cores; "
              + (hyperfine.map { $0.tool.version() } ?? "hyperfine not installed (plain runs timed)"))
        let synthetic = try SyntheticFairs.prepare(lists: lists, entries: entries, seed: seed, in: dataDirectory)
        let made = synthetic.generationSeconds.map { String(format: "generated in %.1f s", $0) } ?? "already on disk, reused"
        print(String(format: "synthetic directory (SyntheticFairDirectory(fairs: %d, entries: %d, seed: %d), as guide-synth fairs writes it): %d files, %.1f MB, %@",
                     lists, entries, seed, synthetic.files, Double(synthetic.bytes) / 1e6, made))
        var summary: [String] = []
        summary += try measure(name: "synthetic, \(Measure.grouped(entries)) entries", directory: synthetic.path)
        if let samples {
            summary += try measure(name: "the shared samples (\((samples as NSString).lastPathComponent))", directory: samples)
        } else {
            print("\n(the shared samples, shared/data/caat, are not next to this checkout: --fair-samples DIR)")
        }
        print("")
        summary.forEach { print($0) }
    }

    /// Everything for one directory; returns its summary lines.
    private func measure(name: String, directory: String) throws -> [String] {
        print("\n== fairs: \(name): \(directory)")
        let files = try FairCollection.files(inDirectory: directory)

        // In-process: the first run's peak memory (reset first), then the median of all runs;
        // the split is that of the run with the median total.
        var opens: [(total: Double, timings: FairCollectionTimings)] = []
        var peak = 0.0
        var loaded: LoadedDataFile?
        for run in 0..<runs {
            loaded = nil
            // (The previous open's intermediate values are freed in the background: not in this one's time.)
            FairCollection.waitForBackgroundFreeing()
            Measure.resetPeakRSS()
            var timings = FairCollectionTimings()
            let total = try Measure.seconds { loaded = try FairCollection.load(files: files, name: directory, timings: &timings) }
            if run == 0 { peak = Measure.peakRSSMegabytes() }
            opens.append((total, timings))
        }
        guard let loaded else { return [] }
        let catalog = loaded.catalog
        let sorted = opens.sorted { $0.total < $1.total }
        let median = sorted[sorted.count / 2]
        let split = median.timings
        let collection = loaded.collection
        print("catalogue: \(files.count) files, \(Measure.grouped(collection?.entries ?? 0)) entries matched into "
              + "\(Measure.grouped(catalog.exhibitors.count)) exhibitors (\(Measure.grouped(collection?.companiesAtSeveralFairs ?? 0)) at several fairs)")
        print(String(format: "open in-process (FairCollection.load), median of %d: %@ (fastest %@, slowest %@)%@",
                     runs, Self.seconds(median.total), Self.seconds(sorted.first!.total), Self.seconds(sorted.last!.total),
                     median.total < Self.openTarget ? "" : " -- over the 2 s target"))
        print("  reading \(Self.seconds(split.reading)), matching \(Self.seconds(split.matching)), exhibitors \(Self.seconds(split.exhibitors)), "
              + "catalog \(Self.seconds(split.catalog)), history \(Self.seconds(split.history))")
        print(String(format: "  peak RSS of the first open: %.0f MB (in this process: includes what it held before)", peak))

        // The whole process: start, open, print `info`, free, exit.
        var whole: Double?
        var wholePeak: Double?
        if FileManager.default.isExecutableFile(atPath: binary) {
            let scratch = dataDirectory.appendingPathComponent("fairs-info-output.txt").path
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            let once = try ChildRun.run(binary, ["--data", directory, "info"], input: "/dev/null", output: scratch)
            guard once.status == 0 else { throw BenchError("adex-guide --data \(directory) info failed with status \(once.status)") }
            wholePeak = once.peakRSSMegabytes
            let command = "\(Hyperfine.quote(binary)) --data \(Hyperfine.quote(directory)) info"
            if let hyperfine {
                whole = try hyperfine.compare([("adex-guide info", command)], warmup: 1, runs: max(runs, 3))[0].median
            } else {
                var times: [Double] = []
                for _ in 0..<max(runs, 3) {
                    times.append(try Measure.seconds { _ = try ChildRun.run(binary, ["--data", directory, "info"], input: "/dev/null", output: scratch) })
                }
                whole = Measure.summary(times).median
            }
            print("whole process, adex-guide --data DIR info (\(hyperfine == nil ? "plain runs" : "hyperfine"), median of \(max(runs, 3))): "
                  + Self.seconds(whole!) + (wholePeak.map { String(format: ", peak RSS %.0f MB", $0) } ?? " (peak RSS needs GNU time)"))
        } else {
            print("whole process: adex-guide is not built next to guide-bench (swift build -c release --product adex-guide); skipped")
        }

        // Search on that catalogue, typed one character at a time.
        Measure.resetPeakRSS()
        var index: SearchIndex!
        let build = Measure.seconds { index = SearchIndex(catalog: catalog) }
        let indexPeak = Measure.peakRSSMegabytes()
        let queries = FairQueries.make(from: catalog)
        let typing = SearchBench.type(queries.map(\.text), into: index, rounds: typingRounds)
        let all = typing.flatMap(\.samples)
        let keys = Measure.summary(all)
        print(String(format: "search index build %@ (peak RSS with the catalogue %.0f MB); per keystroke, SearchIndex.search(prefix, limit: 50), each query typed %d times:",
                     Self.seconds(build), indexPeak, typingRounds))
        print("  " + SearchBench.pad("query", 40) + SearchBench.pad("keys", 5, right: true) + SearchBench.pad("median", 11, right: true)
              + SearchBench.pad("max", 11, right: true) + "  " + SearchBench.pad("slowest at", 42) + SearchBench.pad("hits", 8, right: true) + "  kind")
        for (entry, query) in zip(typing, queries) {
            let summary = Measure.summary(entry.samples)
            print("  " + SearchBench.pad(entry.query, 40) + SearchBench.pad(String(entry.samples.count), 5, right: true)
                  + SearchBench.pad(Measure.ms(summary.median), 11, right: true) + SearchBench.pad(Measure.ms(summary.max), 11, right: true)
                  + "  " + SearchBench.pad("\"\(entry.slowestPrefix)\"", 42) + SearchBench.pad(String(entry.hits), 8, right: true) + "  " + query.kind)
        }
        let over = all.filter { $0 > Self.keystrokeTarget }.count
        print("  all \(all.count) keystrokes: median \(Measure.ms(keys.median)), p99 \(Measure.ms(keys.p99)), max \(Measure.ms(keys.max)); "
              + "\(over) over 16 ms (target: p99 < 16 ms)")

        return [
            "fairs, \(name): open in-process \(Self.seconds(median.total)) (target < 2 s), whole process \(whole.map(Self.seconds) ?? "not measured"), "
                + "peak RSS \(wholePeak.map { String(format: "%.0f MB", $0) } ?? String(format: "%.0f MB in-process", peak)); "
                + "search p99 \(Measure.ms(keys.p99)) (target < 16 ms), median \(Measure.ms(keys.median))",
        ]
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.0f ms", value * 1000) : String(format: "%.2f s", value)
    }

    /// `$CAAT_SAMPLES_DIR`, else `shared/data/caat` next to the repository or one level up (as the tests look for them).
    static func findSamples(repository: URL) -> String? {
        var candidates: [String] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["CAAT_SAMPLES_DIR"] { candidates.append(fromEnvironment) }
        candidates.append(repository.appendingPathComponent("../shared/data/caat").standardizedFileURL.path)
        candidates.append(repository.appendingPathComponent("../../shared/data/caat").standardizedFileURL.path)
        return candidates.first { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("adex-2024.json")) }
    }
}
