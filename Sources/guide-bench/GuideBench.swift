import ArgumentParser
#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation
import GuideModel
import GuideNavigation
import GuideSearch
import GuideSynthetic
import GuideUI
import TerminalCanvas

/// `guide-bench`: performance figures of the interactive guide, printed (never asserted), in a
/// release build: `swift run -c release guide-bench`.
@main
struct GuideBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide-bench",
        abstract: "Measure load, first frame, per-key latency and terminal output of the guide (release build)."
    )

    @Option(help: "Synthetic exhibitors for the large dataset.")
    var exhibitors = 100_000

    @Option(help: "Keys replayed for the per-key latency.")
    var keys = 400

    @Flag(help: "Skip the tmux measurements of the real binary.")
    var skipTerminal = false

    func run() throws {
        setvbuf(stdout, nil, _IOLBF, 0)
        print("guide-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, release build")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-bench-data-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bundled = Self.repository.appendingPathComponent("Assets/adex-2024.json").path
        let synthetic = directory.appendingPathComponent("synthetic-\(exhibitors).json").path
        let generation = try Measure.seconds {
            try SyntheticShow.generate(exhibitors: exhibitors, seed: 7, layout: .compact).write(toFile: synthetic, atomically: false, encoding: .utf8)
        }
        let size = ((try FileManager.default.attributesOfItem(atPath: synthetic)[.size]) as? NSNumber)?.intValue ?? 0
        print(String(format: "synthetic show: %d exhibitors, %.1f MB, generated in %.2f s", exhibitors, Double(size) / 1e6, generation))

        for (name, path) in [("ADEX-2024 (bundled)", bundled), ("synthetic \(exhibitors)", synthetic)] {
            try inProcess(name: name, path: path)
        }
        if !skipTerminal {
            for (name, arguments) in [("ADEX-2024 (bundled)", ["--at", "2024-09-25T11:00"]),
                                      ("synthetic \(exhibitors)", ["--data", synthetic, "--at", "2024-09-25T11:00"])] {
                try terminal(name: name, arguments: arguments, directory: directory)
            }
        }
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
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("adex-guide").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("adex-guide not built next to guide-bench (swift build -c release); skipped")
            return
        }
        let output = directory.appendingPathComponent("pane-\(UUID().uuidString).bin").path
        _ = FileManager.default.createFile(atPath: output, contents: nil)
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
