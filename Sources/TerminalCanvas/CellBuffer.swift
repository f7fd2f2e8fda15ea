/// A grid of cells that screens render into. It knows nothing about terminals: the backend
/// draws it, tests read it back as text. Writing is wide-character aware: a wide character takes
/// two cells, never splits at the right edge, and overwriting half of one blanks the other half,
/// so the buffer always describes something a terminal can show.
public struct CellBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest (on the selected row, so screen readers follow it).
    public var cursor: (x: Int, y: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (lhs: CellBuffer, rhs: CellBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursor?.x == rhs.cursor?.x && lhs.cursor?.y == rhs.cursor?.y
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    // MARK: - Writing

    /// Writes one line of text at (x, y), clipped to `maxWidth` columns and to the buffer. The text
    /// is sanitised first (a last line of defence: callers sanitise data text before measuring it).
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = max(0, x)
        let safe = TextSanitizer.sanitizeForCells(text)
        var lastCell: Int?
        for scalar in safe.unicodeScalars {
            let scalarWidth = DisplayWidth.of(scalar)
            if scalarWidth == 0 {
                // A combining mark, joiner or selector belongs to the cell before it.
                if let last = lastCell { cells[last].text.unicodeScalars.append(scalar) }
                continue
            }
            guard column < limit else { break }
            if scalarWidth >= 2 && column + 2 > limit {
                // A wide character never splits at the edge: pad the last column instead.
                setCell(Cell(text: " ", style: style), at: column, y)
                column += 1
                lastCell = nil
                break
            }
            var text = ""
            text.unicodeScalars.append(scalar)
            setCell(Cell(text: text, style: style, width: scalarWidth >= 2 ? 2 : 1), at: column, y)
            lastCell = y * width + column
            column += scalarWidth >= 2 ? 2 : 1
        }
        return column - max(0, x)
    }

    /// Fills a rectangle with one cell (spaces in a style, or a line character).
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                setCell(cell, at: x, y)
            }
        }
    }

    /// Changes the style of every cell in a rectangle (to highlight a selected row, say).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                cells[y * width + x].style = transform(cells[y * width + x].style)
            }
        }
    }

    /// Applies a transform to every cell's style (e.g. removing colour for `NO_COLOR`).
    public mutating func restyleAll(_ transform: (Style) -> Style) {
        for index in cells.indices { cells[index].style = transform(cells[index].style) }
    }

    private mutating func setCell(_ cell: Cell, at x: Int, _ y: Int) {
        let index = y * width + x
        let old = cells[index]
        // Writing over the second half of a wide character destroys its first half.
        if old.isContinuation, x > 0 {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
        }
        // Writing over the first half destroys the continuation.
        if old.width == 2, x + 1 < width {
            cells[index + 1] = Cell(text: " ", style: old.style)
        }
        cells[index] = cell
        if cell.width == 2 {
            if x + 1 < width {
                let next = cells[index + 1]
                if next.width == 2, x + 2 < width { cells[index + 2] = Cell(text: " ", style: next.style) }
                cells[index + 1] = Cell(text: "", style: cell.style, width: 0)
            } else {
                cells[index] = Cell(text: " ", style: cell.style)
            }
        }
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x)
        let y0 = max(0, rect.y)
        let x1 = min(width, rect.maxX)
        let y1 = min(height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    // MARK: - Reading

    /// Row `y` as text (continuation cells skipped), trailing spaces removed.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width {
            let cell = cells[y * width + x]
            if !cell.isContinuation { text += cell.text }
        }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// The whole buffer as text rows, for snapshots and assertions.
    public var lines: [String] { (0..<height).map(line) }

    public var text: String { lines.joined(separator: "\n") }

    /// The cells that differ from `previous`, row by row; every cell when the size changed.
    public func changes(since previous: CellBuffer?) -> [CellChange] {
        var result: [CellChange] = []
        let sameSize = previous.map { $0.width == width && $0.height == height } ?? false
        for y in 0..<height {
            for x in 0..<width {
                let index = y * width + x
                let cell = cells[index]
                if sameSize, let previous, previous.cells[index] == cell { continue }
                result.append(CellChange(x: x, y: y, cell: cell))
            }
        }
        return result
    }
}

/// One cell to redraw.
public struct CellChange: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var cell: Cell
}
