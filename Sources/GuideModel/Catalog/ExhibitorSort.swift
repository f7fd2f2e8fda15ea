/// Orders for exhibitor lists. Every order ends with the name order, so it is total and stable.
public enum ExhibitorSort: String, Sendable, Hashable, CaseIterable {
    /// By name, case- and accent-insensitive, ignoring leading quotes.
    case name
    /// By the number of shows (fairs) attended, most first, then name.
    case fairs
    /// By country name, then name; exhibitors without a country last.
    case country
    /// By kind name, then name.
    case kind
    /// By hall and stand, then name; unpublished stands last.
    case stand
}
