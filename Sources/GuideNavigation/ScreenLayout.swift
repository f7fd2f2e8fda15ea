/// The fixed frame every screen shares, in rows, and the smallest usable terminal. The renderer
/// and the state machine both use these numbers, so page sizes and what is drawn agree.
public enum ScreenLayout {
    public static let minimumColumns = 60
    public static let minimumLines = 16
    /// At this width the exhibitor list gets a detail pane beside it.
    public static let wideColumns = 120

    /// Title, tab bar and breadcrumb.
    public static let headerRows = 3
    /// Message line and key footer.
    public static let footerRows = 2

    public static func contentRows(lines: Int) -> Int { max(1, lines - headerRows - footerRows) }

    /// Rows available to the list of a route (content minus the route's own header lines).
    public static func listRows(for route: Route, lines: Int) -> Int {
        let content = contentRows(lines: lines)
        switch route {
        case .exhibitors: return max(1, content - 2)   // chips, column header
        case .categories, .halls: return max(1, content - 1)   // column header
        case .plan: return max(1, content - 2)   // summary line, selected item line
        case .editions: return max(1, content - 1)   // summary line
        case .fairs: return max(1, content - 2)   // summary line, column header
        case .edition: return max(1, content - editionHeaderRows)   // counts, group tabs, countries chart
        case .hall: return max(1, content - 4)   // note lines and header
        case .schedule: return max(1, content - 2)   // day tabs, blank
        case .home, .exhibitor, .product, .programmeItem, .fair: return content
        }
    }

    /// Rows above an edition's exhibitor list: title and counts, the group tabs, the top
    /// countries chart (5 lines) and a blank line.
    public static let editionHeaderRows = 9

    /// Rows for the search overlay's result list.
    public static func searchRows(lines: Int) -> Int { max(1, contentRows(lines: lines) - 3) }

    /// Rows for the filter panel's value list.
    public static func filterRows(lines: Int) -> Int { max(1, contentRows(lines: lines) - 4) }

    /// Width of the text column of detail screens.
    public static func detailWidth(columns: Int) -> Int { max(20, columns - 4) }
}
