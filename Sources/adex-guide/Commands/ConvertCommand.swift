import ArgumentParser
import Foundation
import GuideFairs
import GuideModel

/// `adex-guide convert FILE`: a CAAT/Omega fair file as an `adex-guide/1` document.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a fair file of the CAAT/Omega arms-fair dataset to the adex-guide/1 format.",
        discussion: """
        Writes the document to standard output, or with --output FILE replaces the file atomically \
        and prints "Wrote FILE (...)". --report lists every change made (countries mapped, \
        duplicates merged, whitespace trimmed...), one per line as FILE:JSONPATH: change, on \
        standard error when the document goes to standard output, else on standard output, so \
        the document is never mixed with it. Every value is read in every shape the dataset uses; \
        what departs from the usual shape (a list of websites, an entry that is only a name, an end \
        date before the start, a date derived from the edition) or cannot be read is an oddity, \
        listed first by --report as FILE:JSONPATH: what was done. --strict refuses a file with any \
        oddity instead (exit 65, every one listed). The same conversion happens when --data opens \
        a fair file.

        Options:
          --strict    Refuse the file if it has any oddity (exit 65, every one listed).

        Examples:
          adex-guide convert adex-2024.json --output adex-2024-guide.json --report
          adex-guide convert siae-2023.json --report > siae.json 2> siae-changes.txt
        """
    )

    @Argument(help: ArgumentHelp("The fair file (JSON, as in the dataset's data/ folder).", valueName: "file"))
    var file: String

    @Option(name: [.short, .long], help: ArgumentHelp("Write the document to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "List every change the conversion made.")
    var report = false

    /// `--strict` is an option of every command (the top-level command would take a flag of this
    /// command's own before it); the rest of the group means nothing to `convert`.
    @OptionGroup(visibility: .hidden) var options: GlobalOptions

    var strict: Bool { options.strict }

    /// Reading leniently is the default; the flag stays accepted for scripts written before.
    @Flag(name: .long, help: .hidden)
    var lenient = false

    func run() throws {
        let conversion = try convert()
        let document = JSONWriter.write(conversion.document)
        // The change lines are made only when --report asks for them.
        var changes: String { conversion.report.lines.map { Text.line($0) + "\n" }.joined() }
        if let output {
            try OutputFile.write(Array(document.utf8), to: output)
            var console = Console.standard()
            console.print("Wrote \(output) (adex-guide/1, \(conversion.report.exhibitorsWritten) exhibitors from \(conversion.report.entriesRead) entries)")
            console.flush()
            if report { FileHandle.standardOutput.write(Data(changes.utf8)) }
        } else {
            FileHandle.standardOutput.write(Data(document.utf8))
            if report { FileHandle.standardError.write(Data(changes.utf8)) }
        }
        let oddities = conversion.report.oddities
        if !oddities.isEmpty && !report {
            let note = "\(file): read with \(oddities.countText) (--report lists them, --strict refuses them)"
            FileHandle.standardError.write(Data((Text.line(note) + "\n").utf8))
        }
    }

    /// Reads, converts and validates; every failure is a `CLIFailure` with the loaders' messages.
    private func convert() throws -> FairConversion {
        if strict && lenient {
            throw CLIFailure.usage("--strict and --lenient contradict each other; reading is lenient unless --strict is given")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            // A folder opens as one catalogue with --data; converting is one file at a time.
            throw CLIFailure("\(file): is a directory; convert takes one fair file at a time (--data \(file) opens the whole folder as one catalogue)",
                             exitCode: ExitStatus.usage)
        }
        do {
            let bytes = try DataFileLoader.bytes(contentsOf: file)
            if DataFileLoader.format(of: bytes) == .adexGuide {
                throw CLIFailure("\(file): already an adex-guide/1 document, not a fair file; open it with --data \(file)",
                                 exitCode: ExitStatus.dataError)
            }
            let reading = try FairReader.read(bytes: bytes, fileName: file, mode: strict ? .strict : .lenient)
            let conversion = try FairConverter.convert(reading, fileName: file)
            _ = try DataFileLoader.catalog(from: conversion, fileName: file)
            return conversion
        } catch let error as CatalogLoadError {
            var lines = error.problems.map(\.description)
            if case .invalid(let problems) = error, problems.problemCount > 1 {
                lines.append("\(file): \(problems.countText)")
            }
            throw CLIFailure(lines: lines, exitCode: error.exitCode)
        }
    }
}
