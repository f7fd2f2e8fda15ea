import GuideModel

/// A programme item's published time of day in minutes since midnight, the one form the plan's
/// time arithmetic works in (conflicts, free time). Nil for an item whose start is not published:
/// absent means unknown, never "all day" or "midnight", so such items are kept out of any
/// comparison rather than given a made-up time.
struct PublishedTime: Sendable, Hashable {
    /// Minutes since midnight, event-local.
    let start: Int
    /// Nil when only the start is published. An end not after the start (which the loader rejects,
    /// but hand-made data may hold) is treated as unpublished too, rather than as a negative span.
    let end: Int?

    init?(_ item: ProgrammeItem) {
        guard let start = item.start?.minutesSinceMidnight else { return nil }
        self.start = start
        if let end = item.end?.minutesSinceMidnight, end > start {
            self.end = end
        } else {
            self.end = nil
        }
    }

    /// The first minute after the item, for overlap tests on half-open intervals. An item without
    /// an end is a point at its start; at minute precision a point is its start minute, so
    /// [start, start + 1) makes one rule cover both cases: two items clash exactly when
    /// `a.start < b.reach && b.start < a.reach`.
    var reach: Int { end ?? start + 1 }
}
