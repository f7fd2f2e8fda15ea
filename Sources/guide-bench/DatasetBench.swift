import Foundation
import GuideFairs
import GuideModel
import GuideNavigation
import GuideSearch
import GuideUI
import TerminalCanvas

/// `guide-bench --dataset DIR`: the guide on a folder of fair files as large as the whole
/// CAAT/Omega dataset (1,851 files, 222,845 entries; `guide-synth fairs --dataset-shapes ...`
/// writes one), side by side with Python reading the same files, in one run:
/// - the whole `adex-guide --data DIR info` process against `python3 -c 'json.load' every file`,
///   interleaved run by run (the machine is shared and noisy: both meet the same load), with the
///   ratio of ours to Python's (target <= 1.0);
/// - where the open's time goes (`FairCollectionTimings`, in-process);
/// - the first visible frame of `adex-guide --data DIR` in tmux (target <= 1.5 s);
/// - per-key latency, key + state + render + diff, on every screen of the catalogue opened from
///   the folder (target: p99 < 16 ms).
/// Figures are printed, never asserted.
struct DatasetBench {
    let directory: String
    let binary: String
    /// Whole-process runs of each side; frames measured in tmux.
    let runs: Int
    let frames: Int
    /// Rounds of the key script (more: a steadier p99).
    let keyRounds: Int
    let skipTerminal: Bool
    let scratch: URL

    static let ratioTarget = 1.0
    static let firstFrameTarget = 1.5
    static let keyTarget = 0.016

    func run() throws {
        let files = try FairCollection.files(inDirectory: directory)
        let bytes = files.reduce(0) { $0 + (((try? FileManager.default.attributesOfItem(atPath: $1)[.size]) as? NSNumber)?.intValue ?? 0) }
        print("\n== dataset: \(directory): \(Measure.grouped(files.count)) files, \(String(format: "%.1f", Double(bytes) / 1e6)) MB; "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores")
        var summary: [String] = []
        summary += try wholeProcess()
        // A folder this build's reader refuses still gets the whole-process figures (the time to
        // say so); the rest needs a catalogue.
        if let catalog = try inProcess(files: files, summary: &summary) {
            if !skipTerminal { summary += try firstFrame() }
            summary += perKey(catalog)
        }
        print("\n== dataset summary")
        summary.forEach { print($0) }
    }

    // MARK: Whole process against Python

    /// The Python that `python3` runs (not a version manager's shim, whose start-up would count
    /// against Python), or nil without one.
    static func python() -> String? {
        guard let shim = ExternalTool.find("python3") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shim.path)
        process.arguments = ["-c", "import sys; print(sys.executable)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: path) ? path : shim.path
    }

    static let pythonProgram = "import json,glob,sys; [json.load(open(f,'rb')) for f in glob.glob(sys.argv[1]+'/*.json')]"

    private func wholeProcess() throws -> [String] {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("whole process: adex-guide is not built next to guide-bench (swift build -c release); skipped")
            return ["dataset-vs-python ratio: not measured (adex-guide not built)"]
        }
        guard let python = Self.python() else {
            print("whole process: python3 is not on PATH; skipped")
            return ["dataset-vs-python ratio: not measured (no python3)"]
        }
        let output = scratch.appendingPathComponent("dataset-info-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let ours = (binary, ["--data", directory, "info"])
        let theirs = (python, ["-c", Self.pythonProgram, directory])
        // One unmeasured run each: the files into the page cache, both binaries loaded.
        let first = try ChildRun.run(ours.0, ours.1, input: "/dev/null", output: output)
        let firstStatus = first.status
        if firstStatus != 0 {
            print("adex-guide --data DIR info exits with \(firstStatus): the figures below are the time it takes to refuse the folder")
        }
        _ = try ChildRun.run(theirs.0, theirs.1, input: "/dev/null", output: "/dev/null")
        var oursTimes: [Double] = []
        var pythonTimes: [Double] = []
        var ratios: [Double] = []
        for round in 0..<runs {
            // Alternate which goes first, so neither always meets the other's after-effects.
            var pair = (0.0, 0.0)
            for side in (round % 2 == 0 ? [0, 1] : [1, 0]) {
                let command = side == 0 ? ours : theirs
                let seconds = try Measure.seconds {
                    _ = try ChildRun.run(command.0, command.1, input: "/dev/null", output: side == 0 ? output : "/dev/null")
                }
                if side == 0 { pair.0 = seconds } else { pair.1 = seconds }
            }
            oursTimes.append(pair.0)
            pythonTimes.append(pair.1)
            ratios.append(pair.0 / pair.1)
        }
        let oursSummary = Self.spread(oursTimes)
        let pythonSummary = Self.spread(pythonTimes)
        let ratio = Self.median(ratios)
        print("whole process, interleaved, \(runs) runs each (plain runs: median, fastest-slowest):")
        print("  adex-guide --data DIR info: \(oursSummary) (exit \(firstStatus); peak RSS "
              + (first.peakRSSMegabytes.map { String(format: "%.0f MB", $0) } ?? "needs GNU time") + ")")
        print("  python3 json.load of every file: \(pythonSummary) (\(python))")
        print(String(format: "  ratio of medians %.2f; per interleaved pair: %@", Self.median(oursTimes) / Self.median(pythonTimes),
                     ratios.map { String(format: "%.2f", $0) }.joined(separator: " ")))
        let line = String(format: "dataset-vs-python ratio: %.2f", ratio)
            + (ratio <= Self.ratioTarget ? "" : " -- over the 1.0 target") + " (median of the interleaved pairs; exit \(firstStatus))"
        print(line)
        return [line]
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
    }

    static func spread(_ values: [Double]) -> String {
        let sorted = values.sorted()
        guard let fastest = sorted.first, let slowest = sorted.last else { return "no runs" }
        return String(format: "%.2f s (%.2f-%.2f s)", median(values), fastest, slowest)
    }

    // MARK: In-process: where the time goes

    private func inProcess(files: [String], summary: inout [String]) throws -> Catalog? {
        var opens: [(total: Double, timings: FairCollectionTimings)] = []
        var loaded: LoadedDataFile?
        for _ in 0..<3 {
            loaded = nil
            FairCollection.waitForBackgroundFreeing()
            var timings = FairCollectionTimings()
            do {
                let total = try Measure.seconds { loaded = try FairCollection.load(files: files, name: directory, timings: &timings) }
                opens.append((total, timings))
            } catch let error as FairCollectionError {
                let lines = error.lines
                let line = "the folder does not open in this build (\(lines.count) lines of problems, exit \(error.exitCode)): "
                    + lines.prefix(3).joined(separator: " | ")
                print(line)
                summary.append("open in-process: not measured, " + line)
                return nil
            }
        }
        let median = opens.sorted { $0.total < $1.total }[opens.count / 2]
        let laps = median.timings
        let line = String(format: "open in-process (FairCollection.load), median of 3: %.2f s: reading %.2f s, matching %.2f s, exhibitors %.2f s, catalog %.2f s, history %.2f s",
                          median.total, laps.reading, laps.matching, laps.exhibitors, laps.catalog, laps.history)
        print(line)
        summary.append(line)
        guard let loaded else { throw BenchError("the folder \(directory) did not open") }
        let collection = loaded.collection
        print("catalogue: \(Measure.grouped(collection?.entries ?? 0)) entries matched into \(Measure.grouped(loaded.catalog.exhibitors.count)) exhibitors, "
              + "\(Measure.grouped(loaded.catalog.shows.count)) shows")
        return loaded.catalog
    }

    // MARK: First frame in tmux

    private func firstFrame() throws -> [String] {
        guard FileManager.default.isExecutableFile(atPath: binary) else { return [] }
        var times: [Double] = []
        for _ in 0..<frames {
            let output = scratch.appendingPathComponent("dataset-pane-\(UUID().uuidString).bin").path
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            defer { try? FileManager.default.removeItem(atPath: output) }
            let probe = try TmuxProbe(command: [binary, "--data", directory], columns: 100, lines: 30)
            times.append(try probe.start(waitingFor: "1 Home", pipeTo: output))
            try probe.send("Q")
        }
        let median = Self.median(times)
        let line = String(format: "first visible frame in tmux (adex-guide --data DIR, 100x30), median of %d: %.2f s (%@)%@", frames, median,
                          times.map { String(format: "%.2f", $0) }.joined(separator: " "),
                          median <= Self.firstFrameTarget ? "" : " -- over the 1.5 s target")
        print(line)
        return [line]
    }

    // MARK: Per key, on every screen

    /// One screen's keys: how to get there from the home screen and what is typed on it.
    struct Visit {
        let enter: [Key]
        let keys: [Key]
        let leave: [Key]
    }

    /// The key script: every screen of a catalogue of fairs, its usual keys, back to Home.
    static func visits(query: String) -> [Visit] {
        let moves: [Key] = Array(repeating: .down, count: 12) + [.pageDown, .pageDown, .pageUp, .end, .home] + Array(repeating: .up, count: 3)
        return [
            Visit(enter: [.character("1")], keys: Array(repeating: .down, count: 6) + Array(repeating: .up, count: 6), leave: []),
            // The exhibitor list, favourites on the way (the plan then has rows).
            Visit(enter: [.character("2")], keys: moves + [.character("f"), .down, .character("f"), .down, .character("f")], leave: []),
            // The facet panel: each facet (show, hall, category, country...), a value toggled in some
            // (Enter; letters type and narrow the values), the order toggled (^S), cleared (^X, Delete).
            Visit(enter: [.character("F")],
                  keys: [.down, .down, .enter, .right, .down, .right, .down, .down, .enter, .right, .down, .enter,
                         .character("a"), .character("r"), .backspace, .control("s"), .escape,
                         .right, .down, .right, .end, .home, .control("x"), .delete],
                  leave: [.escape, .escape, .character("X")]),
            // The fairs list, a fair, its exhibitors.
            Visit(enter: [.character("1"), .character("L")], keys: moves + [.enter, .down, .down, .enter], leave: [.escape, .escape, .escape]),
            Visit(enter: [.character("/")], keys: query.map { .character($0) } + [.backspace, .backspace, .down, .down], leave: [.escape]),
            Visit(enter: [.character("2"), .down, .down, .enter], keys: Array(repeating: .down, count: 8) + Array(repeating: .up, count: 4), leave: [.escape]),
            Visit(enter: [.character("1"), .character("H")], keys: moves + [.enter, .down, .down, .character("]"), .character("]"), .down, .character("["), .escape],
                  leave: [.escape]),
            Visit(enter: [.character("6")], keys: [.down, .down, .up, .enter, .down, .escape, .end, .home], leave: [.character("1")]),
        ]
    }

    static func screenName(_ context: KeyContext) -> String {
        switch context {
        case .home: "Home"
        case .exhibitorList: "exhibitor list"
        case .filter: "facet panel"
        case .search: "search typing"
        case .detail: "exhibitor detail"
        case .editions: "editions"
        case .edition: "edition"
        case .plan: "plan"
        case .fairs: "fairs"
        case .fair: "fair"
        case .list, .exhibitorRows, .schedule, .hallMap, .note, .export, .help: "\(context)"
        }
    }

    private func perKey(_ catalog: Catalog) -> [String] {
        let index = SearchIndex(catalog: catalog)
        let now = LocalDateTime(date: catalog.firstDay.adding(days: 1), time: LocalTime(hour: 11, minute: 0)!)
        var state = GuideState(catalog: catalog, columns: 100, lines: 30, today: now.date)
        let context = GuideRenderer.makeContext(catalog: catalog, search: index, now: now)
        var frame = GuideRenderer.render(state, context, now: now)
        let query = FairQueries.make(from: catalog).first?.text.lowercased() ?? "defence"
        var samples: [String: [Double]] = [:]
        var order: [String] = []
        var slowest: [String: (key: String, seconds: Double)] = [:]
        for _ in 0..<keyRounds {
            for visit in Self.visits(query: String(query.prefix(8))) {
                // Every key counts for the screen it is pressed on (the one that opens the next screen too).
                for key in visit.enter + visit.keys + visit.leave {
                        let keyContext = Keymap.context(for: state) { catalog.hall(id: $0)?.hasLayout ?? false }
                        let previous = frame
                        let elapsed = Measure.seconds {
                            if let action = Keymap.action(for: key, in: keyContext) { _ = state.apply(action, in: context) }
                            frame = GuideRenderer.render(state, context, now: now)
                            _ = frame.changes(since: previous).count
                        }
                        let name = Self.screenName(keyContext)
                        if samples[name] == nil { order.append(name) }
                        samples[name, default: []].append(elapsed)
                        if elapsed > (slowest[name]?.seconds ?? 0) { slowest[name] = ("\(key)", elapsed) }
                }
            }
        }
        print("per key (key + state + render + diff, 100x30, search index built first), \(keyRounds) rounds of the script:")
        var lines: [String] = []
        for name in order {
            let keys = samples[name] ?? []
            let summary = Measure.summary(keys)
            let line = String(format: "p99 %@: %.1f ms", name, summary.p99 * 1000)
            print(line + String(format: " (%d keys, median %.2f ms, max %.1f ms, slowest key %@)%@", keys.count, summary.median * 1000,
                                summary.max * 1000, slowest[name]?.key ?? "-", summary.p99 < Self.keyTarget ? "" : " -- over the 16 ms target"))
            lines.append(line)
        }
        return lines
    }
}
