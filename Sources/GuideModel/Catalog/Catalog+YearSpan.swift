extension Catalog {
    /// "1976–2026": the years of the first and the last show as their sources date them (an
    /// approximately dated show by its own year, never the span's padding), or one year; nil
    /// without shows. What Home, the title bar, `info` and the plan export say of a catalogue
    /// of fairs, which has no days of its own worth printing.
    public var yearSpan: String? {
        guard let first = shows.map({ $0.approximateDate?.year ?? $0.firstDay.year }).min(),
              let last = shows.map({ $0.approximateDate?.year ?? $0.lastDay.year }).max() else { return nil }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }
}
