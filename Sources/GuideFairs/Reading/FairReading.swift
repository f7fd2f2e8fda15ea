/// What reading a fair file gives: the typed fair, and in lenient mode what was skipped.
public struct FairReading: Sendable, Hashable {
    public var fair: Fair
    /// Values of the wrong type left out (lenient mode only; strict mode throws instead).
    public var skipped: [FairChange]

    public init(fair: Fair, skipped: [FairChange] = []) {
        self.fair = fair
        self.skipped = skipped
    }
}
