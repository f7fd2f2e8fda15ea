/// What reading a fair file gives: the typed fair, and every oddity found on the way (lenient
/// mode; strict mode refuses the file instead).
public struct FairReading: Sendable, Hashable {
    public var fair: Fair
    public var oddities: FairOddities

    public init(fair: Fair, oddities: FairOddities = FairOddities()) {
        self.fair = fair
        self.oddities = oddities
    }
}
