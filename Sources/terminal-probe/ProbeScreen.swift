import TerminalCanvas

/// What the probe shows: counters the end-to-end tests wait for, a line of mixed-width text, a
/// highlighted (reverse, coloured) selection row that `m` moves, and the byte count.
struct ProbeScreen {
    /// The mixed-width sample: 1-column Latin/Cyrillic, 2-column CJK and emoji, and a combining
    /// accent (e + U+0301 in one cell). The "^" on the next row marks the column of the "é".
    static let mixedText = "Azərbaycan Ж 漢字 😀 e\u{301}"
    static let firstListRow = 6

    var events = 0
    var last = "-"
    var selection = 0
    /// 0: the buffer has the terminal's size; 1: 10 columns and 5 lines larger (the backend
    /// draws what fits); 2: 20 columns and 5 lines smaller (the rest of the screen is blank).
    var sizeMode = 0

    /// The buffer size for a terminal of this size in the current mode.
    func bufferSize(columns: Int, lines: Int) -> (columns: Int, lines: Int) {
        switch sizeMode {
        case 1: (columns + 10, lines + 5)
        case 2: (max(1, columns - 20), max(1, lines - 5))
        default: (columns, lines)
        }
    }

    /// Rows of the list at `lines` (the rest is headers and the status line).
    static func listRows(lines: Int) -> Int { max(1, lines - firstListRow - 1) }

    /// A buffer of `columns` x `lines`; `terminal` is the backend's size, shown as `size=`.
    func render(columns: Int, lines: Int, terminal: (columns: Int, lines: Int), bytes: Int) -> CellBuffer {
        var buffer = CellBuffer(width: columns, height: lines)
        buffer.put("terminal-probe", x: 0, y: 0, style: Style(foreground: .cyan, bold: true))
        buffer.put("events=\(events) last=\(last)", x: 0, y: 1)
        buffer.put("size=\(terminal.columns)x\(terminal.lines)", x: 0, y: 2)
        // The last column written is the "é" (the accent shares its cell).
        let end = buffer.put(Self.mixedText, x: 0, y: 3)
        buffer.put("^", x: end - 1, y: 4)
        // A ruler to the buffer's last column, to see what is clipped.
        buffer.put(String(repeating: "-", count: max(0, columns - 4)) + "|end", x: 0, y: 5)
        // The status line goes on the last row that is visible, even when the buffer is taller.
        let statusRow = min(lines, terminal.lines) - 1
        let rows = Self.listRows(lines: statusRow + 1)
        let selected = selection % rows
        for row in 0..<rows where Self.firstListRow + row < statusRow {
            let y = Self.firstListRow + row
            let text = "row \(row < 10 ? "0" : "")\(row)  Bakı Ekspo Mərkəzi, zal \(row % 4 + 1), stend B-\(row + 10), Sənaye və Müdafiə"
            buffer.put(text, x: 2, y: y)
            if row == selected {
                buffer.put("▶", x: 0, y: y)
                buffer.restyle(Rect(x: 0, y: y, width: columns, height: 1)) { _ in
                    Style(foreground: .yellow, reverse: true)
                }
            }
        }
        // ncurses writes rows top to bottom, so "frame=N" here means the whole frame is on
        // screen (tmux can show a frame half-parsed).
        buffer.put("bytes=\(bytes) frame=\(events)", x: 0, y: statusRow, style: .dim)
        // The cursor rests on the selected row, as in the guide (screen readers follow it).
        buffer.cursor = (0, min(statusRow, Self.firstListRow + selected))
        return buffer
    }
}
