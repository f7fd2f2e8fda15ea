/// A tiny deterministic PRNG (SplitMix64) so property tests are reproducible: the same seed
/// gives the same strings on every machine and every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A string of `count` pieces drawn from `alphabet` (pieces may be multi-scalar).
    mutating func string(from alphabet: [String], count: Int) -> String {
        var result = ""
        for _ in 0..<count {
            result += alphabet[Int.random(in: 0..<alphabet.count, using: &self)]
        }
        return result
    }
}

/// Pieces mixing every width class: ASCII, Azerbaijani/Turkish, Cyrillic, CJK, emoji with and
/// without modifiers, combining marks (alone they attach to whatever precedes them), a ZWJ
/// family, spaces and newlines.
let mixedAlphabet: [String] = [
    "a", "b", "Z", "7", ".", "ə", "İ", "ş", "ğ", "Ж", "к", "漢", "字", "テ", "😀", "👍🏽", "❤", "❤️",
    "e\u{301}", "\u{301}", "👨\u{200D}👩\u{200D}👧", "─", " ", " ", " ", "  ", "\n",
]
