/// The generator's only source of randomness: SplitMix64 (Steele, Lea and Flood), with its own
/// bounded-integer and choice helpers.
///
/// It deliberately does not conform to `RandomNumberGenerator`: the standard library's
/// `random(in:using:)`, `shuffled(using:)` and friends are free to change their algorithms between
/// Swift releases, and the synthetic show must stay byte-identical for a given seed on every
/// toolchain and machine. Everything here is plain 64-bit integer arithmetic.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one record (`index`) of one kind of thing (`stream`), so any
    /// exhibitor, product or programme item can be regenerated on its own, in any order, without
    /// keeping the others in memory.
    init(seed: UInt64, stream: SyntheticStream, index: Int) {
        let key = Self.mix(stream.rawValue &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: index))
        state = Self.mix(seed ^ key)
    }

    /// The SplitMix64 finaliser: a good 64-bit mixing function on its own.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A number in `0..<bound` (`bound` > 0), by multiply-high; the bias (at most bound / 2^64) is
    /// irrelevant for synthetic data and the result needs no retry loop.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(_:) needs a positive bound")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True `perMille` times in a thousand.
    mutating func chance(perMille: Int) -> Bool {
        below(1000) < perMille
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    mutating func weighted(_ weights: [Int]) -> Int {
        var roll = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    /// `count` distinct numbers in `0..<bound` in the order drawn (`count` is capped at `bound`).
    mutating func distinct(_ count: Int, below bound: Int) -> [Int] {
        var result: [Int] = []
        let wanted = min(count, bound)
        while result.count < wanted {
            let candidate = below(bound)
            if !result.contains(candidate) { result.append(candidate) }
        }
        return result
    }
}
