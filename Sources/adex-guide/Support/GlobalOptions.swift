import ArgumentParser
import Foundation
import GuideFairs
import GuideModel

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Show data file: adex-guide/1, or a CAAT/Omega fair file (converted on load). Repeat it, or name a directory (its *.json files), to open several fair files as one catalogue. Default: $ADEX_GUIDE_DATA, else the bundled ADEX-2024 data.", valueName: "file"))
    var data: [String] = []

    @Option(name: .long, help: ArgumentHelp("Show everything as at this moment instead of now: 2024-09-25T11:00 (event time), 2024-09-25, or with Z / +04:00.", valueName: "datetime"))
    var at: String?

    @Flag(name: .long, help: "Print stable JSON (documented in docs/cli-json.md) instead of text.")
    var json = false

    @Flag(name: .long, help: "Refuse a fair file with any oddity (a list where one value is usual, a value left out, a date corrected or derived), exit 65 with every one listed. By default such a file is read and 'info' lists its oddities.")
    var strict = false

    /// How fair files are read.
    var fairReadMode: FairReadMode { strict ? .strict : .lenient }

    /// Loads the catalog, turning load errors into a `CLIFailure` that lists every problem.
    func loadCatalog(progressOn descriptor: Int32 = STDERR_FILENO) throws -> Catalog {
        try loadData(progressOn: descriptor).catalog
    }

    /// Loads the data with what `info` says about it: its format and, for a fair file, its
    /// conversion and provenance. Fairs left out of a collection are named on standard error.
    /// A large folder shows its progress on `progressOn` (standard error by default) while it
    /// loads, when that is a terminal: never in a file or a pipe.
    func loadData(progressOn descriptor: Int32 = STDERR_FILENO) throws -> LoadedDataFile {
        let location = DataLocation.resolve(option: data, environment: ProcessInfo.processInfo.environment)
        let loaded = try location.load(mode: fairReadMode, progressOn: descriptor)
        LoadedDataKeeper.keep(loaded)
        if let leftOut = loaded.collection?.leftOut, !leftOut.isEmpty {
            let names = leftOut.prefix(5).map(\.file).joined(separator: ", ") + (leftOut.count > 5 ? " and \(leftOut.count - 5) more" : "")
            let line = "adex-guide: \(leftOut.count) \(leftOut.count == 1 ? "fair" : "fairs") without any date left out: \(names); 'adex-guide info' lists them"
            FileHandle.standardError.write(Data((Text.line(line) + "\n").utf8))
        }
        if let collection = loaded.collection, !collection.unreadable.isEmpty {
            FileHandle.standardError.write(Data(Self.unreadableLines(collection).map { Text.line($0) + "\n" }.joined().utf8))
        }
        return loaded
    }

    /// Standard error's account of the files left out of a collection because they could not be
    /// read: how many, then each file's first problems. The catalogue opened without them.
    static func unreadableLines(_ collection: FairCollectionSummary) -> [String] {
        let unreadable = collection.unreadable
        let total = unreadable.count + collection.fairs.count + collection.leftOut.count
        var lines = ["adex-guide: \(unreadable.count) of \(total) \(total == 1 ? "file" : "files") could not be read and \(unreadable.count == 1 ? "is" : "are") left out (--strict refuses them all):"]
        for file in unreadable {
            lines += file.problems
            if file.moreProblems > 0 { lines.append("\(file.file): and \(file.moreProblems) more \(file.moreProblems == 1 ? "problem" : "problems")") }
        }
        return lines
    }

    /// The moment to show: `--at` in the event's time zone, or the real clock.
    func moment(for catalog: Catalog) throws -> (instant: Date, local: LocalDateTime) {
        let clock = catalog.clock
        guard let text = at else {
            let now = Date()
            return (now, clock.local(now))
        }
        guard let instant = clock.parseMoment(text) else {
            throw CLIFailure.usage("--at: cannot read \(Text.quote(text)) as a moment; use e.g. 2024-09-25T11:00 (\(clock.label(on: catalog.firstDay))), 2024-09-25, or 2024-09-25T07:00Z")
        }
        return (instant, clock.local(instant))
    }
}

/// Keeps what was loaded until the process ends, so it is never freed: a command loads once and
/// exits, and freeing a catalogue of 200,000 fair entries (millions of small strings and arrays)
/// just before exiting took about 0.1 s of a 1.8 s run; the system takes the memory back at once.
/// (Compilers do the same: clang's -disable-free.)
enum LoadedDataKeeper {
    nonisolated(unsafe) private static var kept: [LoadedDataFile] = []

    static func keep(_ loaded: LoadedDataFile) {
        kept.append(loaded)
    }
}
