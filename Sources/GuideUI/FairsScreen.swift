import GuideModel
import GuideNavigation
import TerminalCanvas

/// Every fair of a catalogue of several: when (as its source dates it), which series, and how
/// many exhibitors, or that its list was not published (unknown, not zero).
enum FairsScreen {
    static func draw(_ list: ListState, _ catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        let rows = Rows.fairs(in: catalog)
        let withList = rows.filter { $0.exhibitorCount != nil }.count
        buffer.put(" \(rows.count) fairs, \(withList) with an exhibitor list · Enter opens a fair", x: area.x, y: area.y,
                   style: Theme.dim, maxWidth: area.width)
        let listArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let columns = [TableColumn(title: " DATE", width: 19), TableColumn(title: "FAIR", width: 0, flexible: true),
                       TableColumn(title: "SERIES", width: 16), TableColumn(title: "EXHIBITORS", width: 24, alignRight: true)]
        TableView.draw(into: &buffer, area: listArea, columns: columns, count: rows.count, list: list) { index in
            let row = rows[index]
            return .cells([TableCell(" " + shortDate(row.show)), TableCell(row.show.name),
                           TableCell(row.series ?? "—", row.series == nil ? Theme.notPublished : .plain),
                           row.exhibitorCount.map { TableCell(String($0)) } ?? TableCell("held, list not published", Theme.notPublished)])
        }
    }

    /// The date in a column: the approximate label as the source gives it ("2004", "May 2011"),
    /// else the days ("24–26 Sep 2024").
    static func shortDate(_ show: Show) -> String {
        if let approximate = show.approximateDate { return approximate.label }
        let first = show.firstDay
        let last = show.lastDay
        func month(_ day: LocalDate) -> String { String(day.monthName.prefix(3)) }
        if first == last { return "\(first.day) \(month(first)) \(first.year)" }
        if first.year == last.year && first.month == last.month { return "\(first.day)–\(last.day) \(month(last)) \(last.year)" }
        if first.year == last.year { return "\(first.day) \(month(first))–\(last.day) \(month(last)) \(last.year)" }
        return "\(first.day) \(month(first)) \(first.year)–\(last.year)"
    }
}
