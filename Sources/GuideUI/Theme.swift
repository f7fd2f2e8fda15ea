import TerminalCanvas

/// The guide's styles. Attributes (bold, reverse, underline) carry the meaning; colour only
/// decorates, and is stripped entirely for `NO_COLOR` and monochrome terminals.
public enum Theme {
    public static let titleBar = Style(foreground: .white, background: .blue, bold: true, reverse: false)
    public static let titleBarMono = Style(bold: true, reverse: true)
    public static let tab = Style.plain
    public static let activeTab = Style(bold: true, reverse: true, underline: true)
    public static let breadcrumb = Style(foreground: .cyan, dim: false)
    public static let heading = Style(foreground: .yellow, bold: true)
    public static let label = Style(foreground: .cyan)
    public static let selected = Style(reverse: true)
    public static let dim = Style(dim: true)
    public static let favourite = Style(foreground: .yellow, bold: true)
    public static let error = Style(foreground: .red, bold: true)
    public static let footer = Style(reverse: true)
    public static let footerKey = Style(bold: true, reverse: true)
    public static let chip = Style(foreground: .black, background: .cyan, reverse: false)
    public static let chipMono = Style(underline: true)
    public static let border = Style(foreground: .blue)
    public static let selectedStand = Style(foreground: .yellow, bold: true, reverse: true)
    public static let notPublished = Style(foreground: .magenta, dim: false)
    public static let now = Style(foreground: .green, bold: true)
}
