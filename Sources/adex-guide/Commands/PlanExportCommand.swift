import ArgumentParser
import Foundation
import GuideModel
import GuidePlan

extension PlanExportFormat: ExpressibleByArgument {
    /// `ics`, `md`, `csv`, `json`, and the longer names `PlanExportFormat(name:)` knows.
    public init?(argument: String) { self.init(name: argument) }
}

/// `adex-guide plan export`: the plan as a calendar, a printout, a spreadsheet or JSON. The file
/// goes to standard output unless `--output` names one, so it can be piped; whatever the visitor
/// should know about it (favourites left out, an empty plan) goes to standard error, keeping
/// standard output the pure file.
struct PlanExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export your plan: ics (calendar), md (printout), csv (spreadsheet) or json.",
        discussion: """
        The export is written to standard output, so it can be piped, unless --output names a file; \
        the file is then replaced atomically (a temporary file, fsync, rename) and "Wrote FILE \
        (format, N items)" is printed. Notes about favourites left out of the export go to \
        standard error. Without --format, the format is the --output file's extension. \
        --at DATETIME sets the export time written in the file (for reproducible files).

        Examples:
          adex-guide plan export --format ics --output ~/adex-plan.ics
          adex-guide plan export --format md | less
        """
    )
    @OptionGroup var options: GlobalOptions

    @Option(name: [.customShort("f"), .long],
            help: ArgumentHelp("ics (iCalendar: programme favourites as events), md (Markdown), csv or json.", valueName: "format"))
    var format: PlanExportFormat?

    @Option(name: [.customShort("o"), .long],
            help: ArgumentHelp("Write to this file instead of standard output ('-' is standard output).", valueName: "file"))
    var output: String?

    @Flag(help: "iCalendar only: also add each favourite exhibitor as a to-do (VTODO) \"Visit NAME (stand ...)\", completed when visited. Markdown, CSV and JSON always show visits; with them --visits is a usage error.")
    var visits = false

    /// The format asked for: `--format`, else `--json`, else the output file's extension.
    func resolvedFormat() throws -> PlanExportFormat {
        if let format {
            if options.json && format != .json {
                throw CLIFailure.usage("adex-guide: --json and --format \(format.rawValue) disagree; give one of them")
            }
            return format
        }
        if options.json { return .json }
        if let output, output != "-", let dot = output.lastIndex(of: "."),
           let byExtension = PlanExportFormat(name: String(output[output.index(after: dot)...])) {
            return byExtension
        }
        let names = PlanExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        throw CLIFailure.usage("adex-guide: plan export needs --format (\(names)), or an --output file ending in one of these")
    }

    func run() throws {
        let format = try resolvedFormat()
        if visits && format != .ics {
            throw CLIFailure.usage("adex-guide: --visits is for --format ics only (\(format) always shows which stands you visited)")
        }
        let session = try PlanSession(options: options)
        let plan = session.plan
        let now: Int64
        if options.at != nil {
            let instant = try options.moment(for: session.catalog).instant
            now = Int64((instant.timeIntervalSince1970 * 1000).rounded(.down))
        } else {
            now = PlanClock.now()
        }
        let result = PlanExport.export(plan, catalog: session.catalog, format: format, now: now,
                                       options: PlanExportOptions(includeVisits: visits))

        var notes = result.messages
        if plan.isEmpty {
            notes.insert("Your plan is empty: the \(format) file has no items (add some with 'adex-guide plan add NAME').", at: 0)
        }
        let exhibitorsInData = plan.exhibitors.filter { session.catalog.exhibitor(id: $0) != nil }.count
        if format == .ics && !visits && exhibitorsInData > 0 {
            notes.append("\(Self.count(exhibitorsInData, "favourite exhibitor")) \(exhibitorsInData == 1 ? "is" : "are") not in the calendar; "
                         + "add --visits to include \(exhibitorsInData == 1 ? "it" : "them") as to-dos.")
        }

        let bytes = Array(result.text.utf8)
        if let output, output != "-" {
            try OutputFile.write(bytes, to: output)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        if !notes.isEmpty {
            FileHandle.standardError.write(Data(notes.map { Text.line($0) + "\n" }.joined().utf8))
        }
        if let output, output != "-" {
            var console = Console.standard()
            console.print("Wrote \(output) (\(format), \(Self.count(Self.itemCount(result, plan: plan, visits: visits), "item")))")
            console.flush()
        }
    }

    /// The favourites in the file: every one for Markdown, CSV and JSON (those no longer in the
    /// data are listed as such); for iCalendar the programme items it could place, plus the
    /// exhibitors with --visits.
    static func itemCount(_ result: PlanExportResult, plan: Plan, visits: Bool) -> Int {
        let considered = plan.programme.count + (result.format != .ics || visits ? plan.exhibitors.count : 0)
        return considered - result.skipped.count
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
