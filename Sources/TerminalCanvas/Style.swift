/// The eight colours every colour terminal has. Colours only ever add emphasis: every state the
/// guide shows also has a mark or a word, so monochrome terminals and `NO_COLOR` lose nothing.
public enum TerminalColor: UInt8, Sendable, Hashable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn.
public struct Style: Sendable, Hashable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false,
                reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let dim = Style(dim: true)
    public static let underline = Style(underline: true)

    public func with(foreground color: TerminalColor?) -> Style {
        var copy = self
        copy.foreground = color
        return copy
    }

    public func bolded() -> Style {
        var copy = self
        copy.bold = true
        return copy
    }

    public func reversed() -> Style {
        var copy = self
        copy.reverse = true
        return copy
    }

    /// The same style with colours removed, for `NO_COLOR` and monochrome terminals.
    public var withoutColor: Style {
        var copy = self
        copy.foreground = nil
        copy.background = nil
        return copy
    }
}
