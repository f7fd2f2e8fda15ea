import ArgumentParser
import Foundation
import GuideSynthetic

/// `guide-synth fairs`: writes a directory of synthetic fair files in the CAAT/Omega format, for
/// the benchmark of opening a whole directory as one catalogue.
struct FairsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fairs",
        abstract: "Write a directory of synthetic fair files in the CAAT/Omega dataset's format.",
        discussion: """
            One file per fair, named <series-slug>-<year>.json, in series of 2 to 8 editions (about 4.5 on average, \
            2010-2026). Exhibitors come from one pool of invented companies, so about half of a \
            list's companies are on the series' next list, often spelled otherwise; the files carry the dataset's \
            shapes and mess (countries as objects, strings or lists and absent for more than half of the entries, \
            duplicates, stray whitespace, control characters). Web addresses use the reserved .example domain.

            The output is deterministic: the same options give byte-identical files on every run and machine. \
            The defaults are the benchmark's size (issue 7): \(SyntheticFairDirectory.benchmarkFairs) lists, \
            \(SyntheticFairDirectory.benchmarkEntries) entries. The directory is created when missing; other .json \
            files in it are refused, since a directory loader would read them too. A summary line goes to standard output.
            """
    )

    @Option(name: .long, help: "Fairs with an exhibitor list.")
    var fairs = SyntheticFairDirectory.benchmarkFairs

    @Option(name: .long, help: "Exhibitor entries over all lists, duplicates included (at least --fairs).")
    var entries = SyntheticFairDirectory.benchmarkEntries

    @Option(name: .customLong("metadata-only"), help: "Fairs with dates and venue but no list (default: one per six lists).")
    var metadataOnly: Int?

    @Option(name: .long, help: "Fairs with only an approximate date (approxDate), as the dataset has for many old fairs.")
    var undated = 0

    @Flag(name: .customLong("dataset-shapes"), help: ArgumentHelp(
        "Also write the dataset's rarer shapes, at about its rates and at least once each.",
        discussion: "Fair website lists, address strings and lists, country objects, social objects, delegation lists, an end date a year before the start, approxDate as a year, a year-month or a day; exhibitor website and address lists and social objects. Without it the files are byte-identical to earlier versions."))
    var datasetShapes = false

    @Option(name: .long, help: "Seed for the generator; different seeds give different directories.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("The directory to write the files to.", valueName: "dir"))
    var output: String

    func validate() throws {
        guard (0...100_000).contains(fairs) else { throw ValidationError("--fairs must be between 0 and 100000") }
        guard (0...20_000_000).contains(entries) else { throw ValidationError("--entries must be between 0 and 20000000") }
        if fairs == 0 {
            guard entries == 0 else { throw ValidationError("--entries must be 0 when --fairs is 0") }
        } else {
            guard entries >= fairs else { throw ValidationError("--entries must be at least --fairs (every list has an entry)") }
        }
        guard (0...100_000).contains(metadataOnly ?? 0) else { throw ValidationError("--metadata-only must be between 0 and 100000") }
        guard (0...100_000).contains(undated) else { throw ValidationError("--undated must be between 0 and 100000") }
    }

    func run() throws {
        let directory = SyntheticFairDirectory(fairs: fairs, entries: entries, metadataOnly: metadataOnly, undated: undated, seed: seed,
                                               datasetShapes: datasetShapes)
        try prepareOutput(for: directory)
        var tally = SyntheticFairTally()
        for file in directory {
            let path = (output as NSString).appendingPathComponent(file.fileName)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw fail("cannot create \(path): \(String(cString: strerror(errno)))", code: 73) }
            var stream = FileOutputStream(descriptor: descriptor)
            file.write(to: &stream)
            stream.flush()
            let closed = close(descriptor)
            if let failure = stream.failure ?? (closed == 0 ? nil : errno) {
                throw fail("cannot write \(path): \(String(cString: strerror(failure)))", code: 74)
            }
            tally.add(file)
        }
        print(tally.summary(directory: output))
    }

    /// Creates the directory, or checks that its .json files are all ones this run writes: files
    /// left by another run (other options, another seed) would be opened with these.
    private func prepareOutput(for directory: SyntheticFairDirectory) throws {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw fail("cannot create the directory \(output): \(error.localizedDescription)", code: 73)
        }
        let ours = Set(directory.fileNames)
        let others = ((try? manager.contentsOfDirectory(atPath: output)) ?? []).filter { $0.hasSuffix(".json") && !ours.contains($0) }.sorted()
        if let first = others.first {
            throw fail("\(output) already holds \(others.count) other .json file(s) (\(first)...), which a directory loader would read too; "
                       + "write to an empty or new directory", code: 73)
        }
    }

    private func fail(_ message: String, code: Int32) -> ExitCode {
        FileHandle.standardError.write(Data("guide-synth: \(message)\n".utf8))
        return ExitCode(code)
    }
}
