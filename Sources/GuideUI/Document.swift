import TerminalCanvas

/// A run of text in one style.
public struct Span: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// Scrollable text already wrapped to a width: detail screens, the home screen and help are
/// documents, so their height is known (for scrolling) and drawing is just copying lines.
public struct Document: Sendable, Hashable {
    public private(set) var lines: [[Span]] = []
    public let width: Int

    public init(width: Int) {
        self.width = max(10, width)
    }

    public var height: Int { lines.count }

    public mutating func blank() {
        if !(lines.last?.isEmpty ?? true) { lines.append([]) }
    }

    /// One line as given (cut by the canvas if too wide).
    public mutating func line(_ spans: [Span]) {
        lines.append(spans)
    }

    public mutating func line(_ text: String, _ style: Style = .plain) {
        lines.append([Span(TextSanitizer.sanitizeLine(text), style)])
    }

    public mutating func heading(_ text: String) {
        blank()
        line(text, Theme.heading)
    }

    /// Wrapped text, each line indented.
    public mutating func paragraph(_ text: String, style: Style = .plain, indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        for piece in TextLayout.wrap(TextSanitizer.sanitizeBlock(text), width: max(10, width - indent)) {
            lines.append([Span(pad + piece, style)])
        }
    }

    /// "label  value" with values wrapped under each other.
    public mutating func fields(_ rows: [(String, String, Style)], indent: Int = 0) {
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let pad = String(repeating: " ", count: indent)
        let available = max(10, width - indent - labelWidth - 2)
        for (label, value, style) in rows {
            let wrapped = TextLayout.wrap(TextSanitizer.sanitizeLine(value), width: available)
            for (index, piece) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                let labelText = index == 0 ? TextLayout.pad(label, toWidth: labelWidth) : String(repeating: " ", count: labelWidth)
                lines.append([Span(pad + labelText + "  ", Theme.label), Span(piece, style)])
            }
        }
    }

    /// "• text" with a hanging indent.
    public mutating func bullet(_ text: String, style: Style = .plain, indent: Int = 2, marker: String = "•") {
        let pad = String(repeating: " ", count: indent)
        let hang = String(repeating: " ", count: indent + DisplayWidth.of(marker) + 1)
        let wrapped = TextLayout.wrap(TextSanitizer.sanitizeLine(text), width: max(10, width - indent - DisplayWidth.of(marker) - 1))
        for (index, piece) in wrapped.enumerated() {
            lines.append([Span(index == 0 ? pad + marker + " " + piece : hang + piece, style)])
        }
    }
}

extension CellBuffer {
    /// Draws spans one after another on row `y` from `x`, clipped to `width` columns.
    @discardableResult
    public mutating func put(_ spans: [Span], x: Int, y: Int, width: Int) -> Int {
        var used = 0
        for span in spans where used < width {
            used += put(span.text, x: x + used, y: y, style: span.style, maxWidth: width - used)
        }
        return used
    }

    /// Draws the visible part of a document in `area`, starting at line `scroll`.
    public mutating func draw(_ document: Document, in area: Rect, scroll: Int) {
        for row in 0..<area.height {
            let index = scroll + row
            guard index < document.lines.count else { break }
            put(document.lines[index], x: area.x, y: area.y + row, width: area.width)
        }
    }
}
