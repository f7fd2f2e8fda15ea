/// Where an exhibitor stands: on a numbered stand in a hall, somewhere in the outdoor area (which
/// has no published layout), or nowhere published (about 3%).
///
/// Drawn from its own random stream, so the floor plan can count the stands it needs in one cheap
/// pass before any name is generated.
enum StandClass {
    case hall
    case outdoor
    case unpublished

    /// Per mille of exhibitors without a published stand, and in the outdoor area.
    static let unpublishedPerMille = 30
    static let outdoorPerMille = 15

    static func of(index: Int, seed: UInt64) -> StandClass {
        var rng = SplitMix64(seed: seed, stream: .standClass, index: index)
        let roll = rng.below(1000)
        if roll < unpublishedPerMille { return .unpublished }
        if roll < unpublishedPerMille + outdoorPerMille { return .outdoor }
        return .hall
    }
}
