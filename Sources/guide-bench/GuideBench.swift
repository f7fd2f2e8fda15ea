import ArgumentParser
#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation
import GuideModel
import GuideNavigation
import GuideSynthetic
import GuideSearch
import GuideUI
import TerminalCanvas

/// `guide-bench`: performance figures of the interactive guide, printed (never asserted), in a
/// release build: `swift run -c release guide-bench`.
@main
struct GuideBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide-bench",
        abstract: "Measure load, first frame, per-key latency, terminal output, search (against fzf) and a directory of hundreds of fair files opened as one catalogue (release build); --scaling prints how each loader's time grows from n to 4n; --dataset DIR measures a folder the size of the whole CAAT/Omega dataset against Python."
    )

    @Option(help: "Synthetic exhibitors for the large dataset.")
    var exhibitors = 100_000

    @Option(help: "Keys replayed for the per-key latency.")
    var keys = 400

    @Flag(help: "Skip the tmux measurements of the real binary.")
    var skipTerminal = false

    @Flag(help: "Run only the search section (per-keystroke latency, whole process vs fzf).")
    var searchOnly = false

    @Flag(help: "In the search section, only type the queries in-process (no fzf, no hyperfine): quick to iterate on.")
    var typingOnly = false

    @Flag(help: "Skip the search section.")
    var skipSearch = false

    @Option(help: "Synthetic exhibitors for the search section, comma-separated.")
    var sizes = "100000,1000000"

    @Option(help: "hyperfine runs per query for the search comparison (after one warm-up), up to 200,000 exhibitors.")
    var searchRuns = 3

    @Option(help: "hyperfine runs per query above 200,000 exhibitors (no warm-up: one run of ours takes over a minute at 1,000,000).")
    var largeSearchRuns = 1

    @Option(help: "Queries compared whole-process above 200,000 exhibitors (the first N of the fixed set; all are typed in-process).")
    var largeSearchQueries = 4

    @Option(help: "Queries typed in-process above 200,000 exhibitors (the first N of the fixed set; default all). Lower it when a slow search makes typing at 1,000,000 take many minutes.")
    var largeTypingQueries = SearchQueries.all.count

    @Option(help: "How many times the queries are typed in-process; the figures cover every round (more rounds: a steadier p99).")
    var typingRounds = 3

    @Flag(help: "Run only the fairs section: a synthetic directory of fair files (and the shared samples) opened as one catalogue, and search on it.")
    var fairsOnly = false

    @Flag(help: "Skip the fairs section.")
    var skipFairs = false

    @Option(help: "Fairs with an exhibitor list in the fairs section's synthetic directory.")
    var fairLists = SyntheticFairDirectory.benchmarkFairs

    @Option(help: "Exhibitor entries over all lists in the fairs section's synthetic directory.")
    var fairEntries = SyntheticFairDirectory.benchmarkEntries

    @Option(help: "In-process opens per directory in the fairs section (the median is printed; also the whole-process runs, at least 3).")
    var fairRuns = 5

    @Option(help: ArgumentHelp("The shared sample fair files for the fairs section (default: $CAAT_SAMPLES_DIR, else shared/data/caat next to the repository).", valueName: "dir"))
    var fairSamples: String?

    @Option(help: ArgumentHelp("Keep the synthetic shows and fzf lines in this directory and reuse them on later runs (default: a temporary directory, removed at the end).", valueName: "dir"))
    var dataDir: String?

    @Flag(help: "Run only the complexity table: each loader (show, fair file, fair folder, plan, search cache) timed at n and 4n in the shapes that have hit superlinear paths, with the ratio (about 4 linear, 16 quadratic).")
    var scaling = false

    @Option(help: "Runs per size in the complexity table (the median is printed).")
    var scalingRuns = 3

    @Option(help: "Multiplies the complexity table's sizes (0.1 for a quick look).")
    var scalingFactor = 1.0

    @Option(help: ArgumentHelp("Only the complexity table's rows whose loader or shape contains this text.", valueName: "text"))
    var scalingFilter: String?

    @Option(help: ArgumentHelp("Run only the dataset section on this folder of fair files (e.g. from guide-synth fairs --dataset-shapes --fairs 578 --entries 222845 --metadata-only 254 --undated 1019): whole process against Python's json.load, where the open's time goes, first frame in tmux, per-key p99 on every screen.", valueName: "dir"))
    var dataset: String?

    @Option(help: "Whole-process runs of each side in the dataset section (interleaved).")
    var datasetRuns = 5

    @Option(help: "First frames measured in tmux in the dataset section.")
    var datasetFrames = 5

    @Option(help: "Rounds of the dataset section's key script (each visits every screen).")
    var datasetKeyRounds = 10

    /// Above this size one whole-process run of ours takes long enough that the plan shrinks.
    static let largeSize = 200_000
    /// The seed of every synthetic show here, so files can be reused and figures compared.
    static let seed: UInt64 = 7
    /// The seed of the fairs section's directory (the issue's: `guide-synth fairs --seed 1`).
    static let fairSeed: UInt64 = 1

    func validate() throws {
        guard !parsedSizes.isEmpty, parsedSizes.allSatisfy({ $0 > 0 }), parsedSizes.count == sizes.split(separator: ",").count else {
            throw ValidationError("--sizes takes positive numbers separated by commas, e.g. 100000,1000000")
        }
        guard searchRuns >= 1, largeSearchRuns >= 1 else { throw ValidationError("--search-runs and --large-search-runs must be at least 1") }
        guard typingRounds >= 1 else { throw ValidationError("--typing-rounds must be at least 1") }
        guard (1...SearchQueries.all.count).contains(largeSearchQueries), (1...SearchQueries.all.count).contains(largeTypingQueries) else {
            throw ValidationError("--large-search-queries and --large-typing-queries must be between 1 and \(SearchQueries.all.count)")
        }
        guard !(searchOnly && skipSearch) else { throw ValidationError("--search-only and --skip-search exclude each other") }
        guard !(fairsOnly && (skipFairs || searchOnly)) else { throw ValidationError("--fairs-only excludes --skip-fairs and --search-only") }
        guard fairLists >= 1, fairEntries >= fairLists else { throw ValidationError("--fair-lists must be at least 1 and --fair-entries at least --fair-lists") }
        guard fairRuns >= 1 else { throw ValidationError("--fair-runs must be at least 1") }
        guard scalingRuns >= 1, scalingFactor > 0, scalingFactor <= 100 else {
            throw ValidationError("--scaling-runs must be at least 1 and --scaling-factor between 0 and 100")
        }
        guard !(scaling && (searchOnly || fairsOnly)) else { throw ValidationError("--scaling excludes --search-only and --fairs-only") }
        guard datasetRuns >= 1, datasetFrames >= 1, datasetKeyRounds >= 1 else {
            throw ValidationError("--dataset-runs, --dataset-frames and --dataset-key-rounds must be at least 1")
        }
        if let dataset, !DatasetBench.isDirectory(dataset) { throw ValidationError("--dataset: \(dataset) is not a directory") }
    }

    var parsedSizes: [Int] { sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func run() throws {
        setvbuf(stdout, nil, _IOLBF, 0)
        print("guide-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, release build")
        let directory: URL
        if let dataDir {
            directory = URL(fileURLWithPath: dataDir)
        } else {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-bench-data-" + UUID().uuidString)
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if dataDir == nil { try? FileManager.default.removeItem(at: directory) } }
        do {
            if let dataset {
                try DatasetBench(directory: dataset, binary: Self.adexGuide, runs: datasetRuns, frames: datasetFrames, keyRounds: datasetKeyRounds,
                                 skipTerminal: skipTerminal, scratch: directory).run()
                return
            }
            if scaling {
                try ScalingBench(runs: scalingRuns, factor: scalingFactor, filter: scalingFilter, directory: directory).run()
                return
            }
            if !searchOnly && !fairsOnly { try general(directory: directory) }
            if !searchOnly && !skipFairs { try fairs(directory: directory) }
            if !skipSearch && !fairsOnly { try search(directory: directory) }
        } catch let error as BenchError {
            // A missing tool or an unwritable file: say what to do, without a stack trace.
            FileHandle.standardError.write(Data("guide-bench: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// The original figures: load, first frame, per key and terminal output, bundled and synthetic.
    func general(directory: URL) throws {
        let bundled = Self.repository.appendingPathComponent("Assets/adex-2024.json").path
        // The same show twice: names in many scripts, and every string plain ASCII (most real
        // lists), whose loading takes other paths.
        var shows: [(name: String, path: String)] = []
        for (script, label) in [(SyntheticShow.Script.mixed, "mixed scripts"), (.ascii, "all-ASCII")] {
            let show = try SyntheticFile.prepare(exhibitors: exhibitors, seed: Self.seed, script: script, in: directory)
            let made = show.generationSeconds.map { String(format: "generated in %.2f s", $0) } ?? "already on disk, reused"
            print(String(format: "synthetic show, %@: %d exhibitors, %.1f MB, %@", label, exhibitors, Double(show.bytes) / 1e6, made))
            shows.append(("synthetic \(exhibitors), \(label)", show.path))
        }

        for (name, path) in [("ADEX-2024 (bundled)", bundled)] + shows {
            try inProcess(name: name, path: path)
        }
        if !skipTerminal {
            for (name, arguments) in [("ADEX-2024 (bundled)", ["--at", "2024-09-25T11:00"])]
                + shows.map({ ($0.name, ["--data", $0.path, "--at", "2024-09-25T11:00"]) }) {
                try terminal(name: name, arguments: arguments, directory: directory)
            }
        }
    }

    /// The search section; checks for fzf, hyperfine and adex-guide first, so a machine without
    /// them gets the command that installs them rather than a failure halfway through.
    func search(directory: URL) throws {
        var missing: [String] = []
        let fzf = ExternalTool.find("fzf")
        let hyperfine = ExternalTool.find("hyperfine")
        if fzf == nil { missing.append("fzf is not installed: \(ExternalTool.installHint("fzf"))") }
        if hyperfine == nil { missing.append("hyperfine is not installed: \(ExternalTool.installHint("hyperfine"))") }
        if !FileManager.default.isExecutableFile(atPath: Self.adexGuide) {
            missing.append("adex-guide is not built next to guide-bench: swift build -c release --product adex-guide")
        }
        if typingOnly { missing.removeAll() }
        guard let fzf = fzf ?? (typingOnly ? ExternalTool(name: "fzf", path: "fzf") : nil),
              let hyperfine = hyperfine ?? (typingOnly ? ExternalTool(name: "hyperfine", path: "hyperfine") : nil), missing.isEmpty else {
            throw BenchError("the search section needs:\n  " + missing.joined(separator: "\n  "))
        }
        let bench = SearchBench(
            sizes: parsedSizes, seed: Self.seed, dataDirectory: directory, binary: Self.adexGuide, typingOnly: typingOnly, typingRounds: typingRounds, fzf: fzf,
            hyperfine: Hyperfine(tool: hyperfine, directory: directory),
            plan: { size in
                size > Self.largeSize
                    ? SearchBench.RunPlan(warmup: 0, runs: largeSearchRuns, queries: Array(SearchQueries.all.prefix(largeSearchQueries)),
                                          typed: Array(SearchQueries.all.prefix(largeTypingQueries)))
                    : SearchBench.RunPlan(warmup: 1, runs: searchRuns, queries: SearchQueries.all, typed: SearchQueries.all)
            })
        try bench.run()
    }

    /// The fairs section (issue 7): a synthetic directory of hundreds of fair files, then the
    /// shared samples, each opened as one catalogue, in-process and as a whole process, and searched.
    func fairs(directory: URL) throws {
        let hyperfine = ExternalTool.find("hyperfine").map { Hyperfine(tool: $0, directory: directory) }
        let samples = fairSamples ?? FairsBench.findSamples(repository: Self.repository)
        let bench = FairsBench(lists: fairLists, entries: fairEntries, seed: Self.fairSeed, dataDirectory: directory, binary: Self.adexGuide,
                               runs: fairRuns, typingRounds: typingRounds, hyperfine: hyperfine, samples: samples)
        try bench.run()
    }

    /// The release `adex-guide`, built next to this binary. Found through /proc/self/exe, because
    /// `CommandLine.arguments[0]` has no directory when guide-bench is started through `PATH`.
    static var adexGuide: String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("adex-guide").path
    }

    /// Load, index, first frame and per-key latency inside the process.
    func inProcess(name: String, path: String) throws {
        print("\n== \(name): in-process")
        var catalog: Catalog!
        let load = try Measure.seconds { catalog = try CatalogLoader.load(contentsOf: path) }
        var search: SearchIndex!
        let index = Measure.seconds { search = SearchIndex(catalog: catalog) }
        let now = LocalDateTime(date: catalog.firstDay.adding(days: 1), time: LocalTime(hour: 11, minute: 0)!)
        var state = GuideState(catalog: catalog, columns: 80, lines: 24, today: now.date)
        var context = GuideRenderer.makeContext(catalog: catalog, search: search, now: now)
        var frame = CellBuffer(width: 80, height: 24)
        let first = Measure.seconds { frame = GuideRenderer.render(state, context, now: now) }
        print("load+validate \(Measure.ms(load)), first frame render \(Measure.ms(first)): time to first frame \(Measure.ms(load + first)); search index (built in the background) \(Measure.ms(index)); peak RSS \(String(format: "%.0f", Measure.peakRSSMegabytes())) MB")

        // A realistic key script: browse the list, page, open and go back, search, filter, schedule.
        var script: [Key] = [.character("2")]
        script += Array(repeating: .down, count: 40) + [.pageDown, .pageDown, .pageUp, .end, .home, .enter, .escape]
        script += [.character("/")] + "azer".map { .character($0) } + [.down, .escape]
        script += [.character("F"), .right, .right, .right, .down, .character(" "), .escape, .character("x")]
        script += [.character("5"), .character("]"), .down, .character("["), .character("3"), .down, .enter, .escape, .character("1")]
        var samples: [Double] = []
        var slowest: [String: Double] = [:]
        var changed: [Int] = []
        var position = 0
        for _ in 0..<keys {
            let key = script[position % script.count]
            position += 1
            let previous = frame
            let elapsed = Measure.seconds {
                let keyContext = Keymap.context(for: state) { catalog.hall(id: $0)?.hasLayout ?? false }
                if let action = Keymap.action(for: key, in: keyContext) { _ = state.apply(action, in: context) }
                frame = GuideRenderer.render(state, context, now: now)
                changed.append(frame.changes(since: previous).count)
            }
            samples.append(elapsed)
            let label = "\(key)" + (state.overlay.map { overlay -> String in
                switch overlay {
                case .search: return " (search)"
                case .filter: return " (filter)"
                case .help: return " (help)"
                case .note: return " (note)"
                case .export: return " (export)"
                }
            } ?? "")
            slowest[label] = max(slowest[label] ?? 0, elapsed)
        }
        context = GuideRenderer.makeContext(catalog: catalog, search: search, now: now)
        let summary = Measure.summary(samples)
        print("key + state + render + diff over \(keys) keys: median \(Measure.ms(summary.median)), p99 \(Measure.ms(summary.p99)), max \(Measure.ms(summary.max))")
        let down = changed.sorted()[changed.count / 2]
        print("cells changed per key: median \(down) of \(80 * 24)")
        let worst = slowest.sorted { $0.value > $1.value }.prefix(4).map { "\($0.key) \(Measure.ms($0.value))" }
        print("slowest keys: " + worst.joined(separator: ", "))
    }

    /// The real binary in tmux: time until the first frame is visible, bytes per frame.
    func terminal(name: String, arguments: [String], directory: URL) throws {
        print("\n== \(name): real binary in tmux (80x24)")
        let binary = Self.adexGuide
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("adex-guide not built next to guide-bench (swift build -c release); skipped")
            return
        }
        let output = directory.appendingPathComponent("pane-\(UUID().uuidString).bin").path
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        // The data directory may be kept (--data-dir); the captured bytes are of no use afterwards.
        defer { try? FileManager.default.removeItem(atPath: output) }
        let probe = try TmuxProbe(command: [binary] + arguments, columns: 80, lines: 24)
        let firstFrame = try probe.start(waitingFor: "1 Home", pipeTo: output)
        let initial = TmuxProbe.settledSize(output)
        try probe.send("2")
        try probe.waitFor("NAME")
        let list = TmuxProbe.settledSize(output)
        try probe.send("Down")
        try probe.waitFor("2/")
        let afterDown = TmuxProbe.settledSize(output)
        try probe.send("Down")
        try probe.waitFor("3/")
        let afterSecond = TmuxProbe.settledSize(output)
        let oneMove = afterSecond - afterDown
        print("time to first visible frame (process start, load, draw): \(Measure.ms(firstFrame))")
        print("bytes: first frame \(initial), switch to the exhibitor list \(list - initial), one cursor move \(afterDown - list) and \(oneMove)")
        print(String(format: "one cursor move = %.1f%% of a full repaint", Double(oneMove) / Double(max(1, list - initial)) * 100))
        try probe.send("Q")
    }

    static var repository: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }
}
