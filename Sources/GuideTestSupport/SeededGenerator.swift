/// SplitMix64 (Steele, Lea and Flood): a tiny deterministic generator, so property tests give the
/// same cases on every machine and toolchain (the standard library's generators may change) and a
/// failure can be replayed from its seed. The one copy every test target uses.
public struct SeededGenerator: RandomNumberGenerator {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<n (n > 0).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// A string of `count` pieces drawn from `alphabet` (pieces may be multi-scalar).
    public mutating func string(from alphabet: [String], count: Int) -> String {
        var result = ""
        for _ in 0..<count {
            result += alphabet[Int.random(in: 0..<alphabet.count, using: &self)]
        }
        return result
    }
}
