/// The layout of one synthetic hall: rows of stands back to back in islands, separated by aisles
/// of varied widths, each row split into blocks by cross aisles, with a strip along the front wall
/// for the entrance, café, toilets, information desk and (in some halls) a stage.
///
/// Column widths vary per column and row depths per row, so stands have many sizes while the
/// aisles line up as in a real hall. Everything is a pure function of the hall number and seed, so
/// stand codes can be computed for exhibitors without keeping the stands in memory.
struct HallPlan {
    /// How stand codes are written in this hall.
    enum CodeStyle: Int {
        /// "A12": row letter, position in the row.
        case rowNumber
        /// "B3-07": row letter, block number, two-digit position in the block.
        case rowBlock
        /// "C-012": row letter, three-digit position in the row.
        case rowPadded
    }

    static let margin = 2
    static let frontStrip = 6
    static let minimumWidth = 44

    let number: Int
    let standCount: Int
    let codeStyle: CodeStyle
    let blockSize: Int
    let crossAisle: Int
    let columnX: [Int]
    let columnWidths: [Int]
    let rowY: [Int]
    let rowDepths: [Int]
    let width: Int
    let height: Int

    var id: String { "hall-\(number)" }
    var name: String { "Hall \(number)" }
    var columns: Int { columnWidths.count }

    /// A hall with room for `standCount` stands, `columns` to a row.
    init(number: Int, standCount: Int, columns: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: .layout, index: number)
        self.number = number
        self.standCount = standCount
        codeStyle = CodeStyle(rawValue: rng.below(3)) ?? .rowNumber
        blockSize = rng.int(in: 4...8)
        crossAisle = rng.int(in: 2...3)
        var widths: [Int] = []
        var xs: [Int] = []
        var x = Self.margin
        for column in 0..<columns {
            if column > 0, column % blockSize == 0 { x += crossAisle }
            let width = rng.pick([3, 3, 4, 4, 4, 5, 6, 8])
            xs.append(x)
            widths.append(width)
            x += width
        }
        columnWidths = widths
        columnX = xs
        let rows = max(1, (standCount + columns - 1) / columns)
        var depths: [Int] = []
        var ys: [Int] = []
        var y = Self.margin
        for row in 0..<rows {
            let depth = rng.pick([3, 3, 4, 4, 5])
            ys.append(y)
            depths.append(depth)
            y += depth
            // Rows stand back to back in pairs; an aisle follows each pair.
            if row % 2 == 1 { y += rng.int(in: 2...4) }
        }
        rowDepths = depths
        rowY = ys
        width = max(Self.minimumWidth, x + Self.margin)
        height = y + 2 + Self.frontStrip
    }

    /// The code of the hall's `index`th stand (row by row).
    func code(ofStand index: Int) -> String {
        let row = index / columns
        let column = index % columns
        let letters = Self.rowName(row)
        switch codeStyle {
        case .rowNumber:
            return "\(letters)\(column + 1)"
        case .rowBlock:
            let position = column % blockSize + 1
            return "\(letters)\(column / blockSize + 1)-\(position < 10 ? "0" : "")\(position)"
        case .rowPadded:
            let position = String(column + 1)
            return "\(letters)-\(String(repeating: "0", count: max(0, 3 - position.count)))\(position)"
        }
    }

    /// The rectangle of the `index`th stand: x, y, width, height.
    func rect(ofStand index: Int) -> (x: Int, y: Int, width: Int, height: Int) {
        let row = index / columns
        let column = index % columns
        return (columnX[column], rowY[row], columnWidths[column], rowDepths[row])
    }

    /// Entrances, café and the rest, all in the front strip (below every row) or on the back wall,
    /// so they never cover a stand: (kind, name, x, y, width, height).
    var features: [(kind: String, name: String?, x: Int, y: Int, width: Int, height: Int)] {
        let stripY = height - Self.frontStrip
        var list: [(kind: String, name: String?, x: Int, y: Int, width: Int, height: Int)] = [
            ("entrance", "Main entrance", width / 2 - 3, height - 2, 6, 2),
            ("cafe", number % 2 == 0 ? "Café" : "Coffee point", 2, stripY, 8, 3),
            ("toilets", nil, width - 7, stripY, 5, 3),
            ("exit", "Emergency exit", width - 5, 0, 3, 1),
        ]
        if width >= 60 { list.append(("info", "Information desk", width / 2 + 5, stripY, 4, 2)) }
        if number % 3 == 1, width >= 60 { list.append(("stage", "Stage \(number)", 12, stripY, min(14, width / 2 - 16), 3)) }
        return list
    }

    /// "A" ... "Z", then "AA", "AB" ...
    static func rowName(_ row: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return row < 26 ? String(letters[row]) : String(letters[row / 26 - 1]) + String(letters[row % 26])
    }
}
