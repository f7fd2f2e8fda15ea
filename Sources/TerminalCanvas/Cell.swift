/// One terminal cell: the text drawn there (a base character plus any zero-width marks that
/// combine with it), its style, and its width. A wide character occupies its cell (width 2) and
/// the next one, which is a continuation cell (width 0) holding no text.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var style: Style
    /// 1 for a normal cell, 2 for the first half of a wide character, 0 for the second half.
    public var width: UInt8

    public init(text: String, style: Style = .plain, width: UInt8 = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    public static let blank = Cell(text: " ")

    public static func blank(_ style: Style) -> Cell { Cell(text: " ", style: style) }

    static let continuation = Cell(text: "", width: 0)

    public var isContinuation: Bool { width == 0 }
}
