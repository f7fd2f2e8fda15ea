/// What an export produced: the text to write, and what a command should tell the visitor about
/// favourites that are left out or no longer in the data.
public struct PlanExportResult: Sendable, Hashable {
    public var format: PlanExportFormat
    /// The whole file, in its format's line endings (CRLF for iCalendar and CSV, LF otherwise).
    public var text: String
    /// Favourites the text leaves out, and why: programme items first (those without a day in
    /// the catalog's order, then those no longer in the data by id), then exhibitors by id.
    public var skipped: [PlanExportSkip]
    /// Favourites whose ids are no longer in the data, programme items first, by id. iCalendar leaves them out
    /// (they are in `skipped` too); Markdown, CSV and JSON list them with their priority and note.
    public var notInData: [PlanItem]

    public init(format: PlanExportFormat, text: String, skipped: [PlanExportSkip] = [], notInData: [PlanItem] = []) {
        self.format = format
        self.text = text
        self.skipped = skipped
        self.notInData = notInData
    }

    /// One sentence per kind of problem, for a command to print after writing the file, e.g.
    /// "2 programme items have no published day and are not in the calendar: Contract signing, ...".
    public var messages: [String] {
        var messages: [String] = []
        let noDay = skipped.filter { $0.reason == .noPublishedDay }
        if !noDay.isEmpty {
            let names = noDay.map { ExportText.clean($0.title ?? $0.item.id, multiline: false) }
            messages.append("\(Self.count(noDay.count, "programme item")) \(noDay.count == 1 ? "has" : "have") no published day "
                + "and \(noDay.count == 1 ? "is" : "are") not in the calendar: \(names.joined(separator: ", "))")
        }
        let gone = skipped.filter { $0.reason == .notInData }
        if !gone.isEmpty {
            messages.append("\(Self.count(gone.count, "favourite")) \(gone.count == 1 ? "is" : "are") no longer in the data "
                + "and \(gone.count == 1 ? "is" : "are") not in the \(format == .ics ? "calendar" : "export"): "
                + gone.map { ExportText.clean($0.item.description, multiline: false) }.joined(separator: ", "))
        }
        let listed = notInData.filter { item in !gone.contains { $0.item == item } }
        if !listed.isEmpty {
            messages.append("\(Self.count(listed.count, "favourite")) \(listed.count == 1 ? "is" : "are") no longer in the data; "
                + "listed as such in the export with \(listed.count == 1 ? "its" : "their") priority and note: "
                + listed.map { ExportText.clean($0.description, multiline: false) }.joined(separator: ", "))
        }
        return messages
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
