import Foundation

/// Where the time of opening several fair files went (seconds of wall-clock time), for the
/// benchmark (`guide-bench --fairs-only`): a handful of clock reads, so always taken.
public struct FairCollectionTimings: Sendable, Hashable {
    /// Reading, parsing and cleaning the files (on all cores).
    public var reading = 0.0
    /// Matching every entry into companies (`ExhibitorMatching`).
    public var matching = 0.0
    /// Categories, countries and one exhibitor per company.
    public var exhibitors = 0.0
    /// The `Catalog` (sorting, indexes).
    public var catalog = 0.0
    /// The history of every series.
    public var history = 0.0

    public init() {}

    public var total: Double { reading + matching + exhibitors + catalog + history }

    /// Seconds since `start` (a `DispatchTime` uptime in nanoseconds), and restarts it.
    static func lap(_ start: inout UInt64) -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { start = now }
        return Double(now - start) / 1e9
    }
}
