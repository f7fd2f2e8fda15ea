/// A favourite an export leaves out, and why.
public struct PlanExportSkip: Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The id is kept in the plan but is no longer in the data.
        case notInData
        /// A programme item whose day is not published cannot be a calendar event.
        case noPublishedDay
    }

    public var item: PlanItem
    /// The item's title or name in the data; nil when it is no longer in the data.
    public var title: String?
    public var reason: Reason

    public init(item: PlanItem, title: String?, reason: Reason) {
        self.item = item
        self.title = title
        self.reason = reason
    }

    /// "programme item signing (Contract signing): no published day".
    public var description: String {
        let name = title.map { " (\(ExportText.clean($0, multiline: false)))" } ?? ""
        switch reason {
        case .notInData: return "\(item)\(name): no longer in the data"
        case .noPublishedDay: return "\(item)\(name): no published day"
        }
    }
}
