/// Aligned text columns measured in display width, fitted to the console: flexible columns
/// (names) shrink first, with an ellipsis; nothing is cut when there is no width limit.
struct Table {
    struct Column {
        var title: String
        var flexible = false
        var alignRight = false
        var minimumWidth = 4
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells.map(Text.line))
    }

    func render(width: Int?, indent: Int = 0, header: Bool = true) -> [String] {
        let separator = 2
        var widths = columns.indices.map { index in
            max(header ? Text.width(columns[index].title) : 0,
                rows.map { Text.width($0.indices.contains(index) ? $0[index] : "") }.max() ?? 0)
        }
        if let width {
            let available = width - indent - separator * (columns.count - 1)
            var excess = widths.reduce(0, +) - available
            // Shrink flexible columns first, then the widest others, never below their minimum.
            for pass in 0..<2 where excess > 0 {
                for index in columns.indices where (pass == 0) == columns[index].flexible && excess > 0 {
                    let floor = max(columns[index].minimumWidth, min(widths[index], Text.width(columns[index].title)))
                    let cut = min(excess, widths[index] - floor)
                    if cut > 0 {
                        widths[index] -= cut
                        excess -= cut
                    }
                }
            }
        }
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        if header {
            lines.append(pad + format(columns.map(\.title), widths: widths))
        }
        for row in rows {
            lines.append(pad + format(row, widths: widths))
        }
        return lines
    }

    private func format(_ cells: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for index in columns.indices {
            let cell = index < cells.count ? cells[index] : ""
            let clipped = Text.width(cell) > widths[index] ? Text.clip(cell, widths[index]) : cell
            let isLast = index == columns.count - 1
            if columns[index].alignRight {
                parts.append(Text.padLeft(clipped, widths[index]))
            } else {
                parts.append(isLast ? clipped : Text.padRight(clipped, widths[index]))
            }
        }
        var line = parts.joined(separator: "  ")
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
