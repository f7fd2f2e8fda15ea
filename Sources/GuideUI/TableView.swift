import GuideNavigation
import TerminalCanvas

/// A column of a table: fixed width, or flexible (takes what is left).
struct TableColumn {
    var title: String
    var width: Int
    var flexible = false
    var alignRight = false
}

/// One cell's text and style (or styled spans, for highlighted matches).
struct TableCell {
    var text: String
    var style: Style = .plain
    var spans: [Span]?

    init(spans: [Span]) {
        self.spans = spans.map { Span(TextSanitizer.sanitizeForCells($0.text), $0.style) }
        self.text = self.spans!.map(\.text).joined()
    }

    /// Data text is cleaned with the line rules; leading spaces the layout added are kept.
    init(_ text: String, _ style: Style = .plain) {
        let indent = text.prefix { $0 == " " }
        self.text = indent + TextSanitizer.sanitizeLine(String(text.dropFirst(indent.count)))
        self.style = style
    }
}

/// A row: cells, or a heading spanning the table.
enum TableRow {
    case cells([TableCell])
    case heading(String)
    /// A line of text across the table (not a heading), e.g. a free-time gap.
    case text(String, Style)
}

/// Draws a scrolling table with a header, the selected row in reverse video and the cursor parked
/// on it. Rows are produced on demand, so a 100,000-row list costs only the visible rows.
enum TableView {
    static func widths(_ columns: [TableColumn], total: Int) -> [Int] {
        let fixed = columns.filter { !$0.flexible }.reduce(0) { $0 + $1.width }
        let gaps = max(0, columns.count - 1)
        let flexibleCount = columns.filter(\.flexible).count
        let remaining = max(0, total - fixed - gaps)
        let share = flexibleCount > 0 ? max(8, remaining / flexibleCount) : 0
        return columns.map { $0.flexible ? share : $0.width }
    }

    /// Data text cleaned with the line rules, the indentation the layout added kept.
    static func keepingIndent(_ text: String) -> String {
        let indent = text.prefix { $0 == " " }
        return indent + TextSanitizer.sanitizeLine(String(text.dropFirst(indent.count)))
    }

    static func draw(into buffer: inout CellBuffer, area: Rect, columns: [TableColumn], header: Bool = true,
                     count: Int, list: ListState, row: (Int) -> TableRow) {
        guard !area.isEmpty else { return }
        let widths = widths(columns, total: area.width)
        var y = area.y
        if header {
            var x = area.x
            for (index, column) in columns.enumerated() {
                let title = column.alignRight ? TextLayout.pad(column.title, toWidth: widths[index], alignment: .right) : column.title
                buffer.put(title, x: x, y: y, style: Theme.dim.bolded(), maxWidth: widths[index])
                x += widths[index] + 1
            }
            y += 1
        }
        let visible = area.maxY - y
        guard visible > 0 else { return }
        let state = list.clamped(count: count, visible: visible)
        for offset in 0..<visible {
            let index = state.offset + offset
            guard index < count else { break }
            let rowY = y + offset
            switch row(index) {
            case .heading(let text):
                buffer.put(keepingIndent(text), x: area.x, y: rowY, style: Theme.heading, maxWidth: area.width)
            case .text(let text, let style):
                buffer.put(keepingIndent(text), x: area.x, y: rowY, style: style, maxWidth: area.width)
            case .cells(let cells):
                var x = area.x
                for (column, cell) in cells.enumerated() where column < widths.count {
                    let width = widths[column]
                    if let spans = cell.spans {
                        let used = buffer.put(spans, x: x, y: rowY, width: DisplayWidth.of(cell.text) > width ? width - 1 : width)
                        if DisplayWidth.of(cell.text) > width { buffer.put("…", x: x + used, y: rowY, style: .plain) }
                        x += width + 1
                        continue
                    }
                    let fitted = DisplayWidth.of(cell.text) > width ? TextLayout.truncate(cell.text, toWidth: width) : cell.text
                    let text = columns[column].alignRight ? TextLayout.pad(fitted, toWidth: width, alignment: .right) : fitted
                    buffer.put(text, x: x, y: rowY, style: cell.style, maxWidth: width)
                    x += width + 1
                }
            }
            if index == state.selected {
                buffer.restyle(Rect(x: area.x, y: rowY, width: area.width, height: 1)) { $0.reversed() }
                buffer.cursor = (area.x, rowY)
            }
        }
        // Where the selection is, at the end of the flexible column's header, when the list
        // does not fit on one screen.
        if count > visible, header, let flexible = columns.firstIndex(where: \.flexible) {
            let position = "\(state.selected + 1)/\(count)"
            let end = area.x + widths[0...flexible].reduce(0, +) + flexible
            let x = end - DisplayWidth.of(position) - 1
            if x > area.x + DisplayWidth.of(columns[flexible].title) + 2 {
                buffer.put(position, x: x, y: area.y, style: Theme.dim)
            }
        }
    }
}
