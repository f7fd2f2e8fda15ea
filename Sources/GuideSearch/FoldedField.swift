import GuideModel

/// A searchable text, folded for matching: lower-case ASCII-ish words separated by single spaces
/// (accents, Azerbaijani/Turkish letters and Cyrillic folded, punctuation dropped), with, for each
/// folded byte, the index of the original Unicode scalar it came from, so matches can be
/// highlighted in the text as written.
///
/// Built for 100,000s of names: one pass over scalars (no grapheme breaking), no temporary strings,
/// and a pure-byte path for ASCII text.
struct FoldedField: Sendable {
    var bytes: [UInt8]
    /// `origin[i]` is the index (in Unicode scalars) in the original text of `bytes[i]`.
    var origin: [Int32]
    /// Start offsets of words in `bytes`.
    var wordStarts: [Int32]
    /// Which of a-z and 0-9 occur (bit 0-25 letters, 26-35 digits, 63 anything else).
    var mask: UInt64

    /// - Parameter cyrillicHAsH: spell Cyrillic х as "h" instead of "kh" (the alternative spelling).
    init(_ text: String, cyrillicHAsH: Bool = false) {
        var builder = Builder(capacity: text.utf8.count)
        var isASCII = true
        for byte in text.utf8 where byte >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            var index: Int32 = 0
            for byte in text.utf8 {
                builder.add(byte, from: index)
                index += 1
            }
        } else {
            var scratch = String.UnicodeScalarView()
            var index: Int32 = 0
            for scalar in text.unicodeScalars {
                if scalar.value < 0x80 {
                    builder.add(UInt8(scalar.value), from: index)
                } else {
                    scratch.removeAll(keepingCapacity: true)
                    TextFolding.appendFolded(scalar, to: &scratch)
                    for folded in scratch {
                        if folded.value < 0x80 {
                            builder.add(UInt8(folded.value), from: index)
                        } else if cyrillicHAsH && folded.value == 0x0445 {
                            builder.add(UInt8(ascii: "h"), from: index)
                        } else if let latin = SearchFolding.cyrillic[folded.value] {
                            if latin.isEmpty { continue }
                            for byte in latin.utf8 { builder.add(byte, from: index) }
                        } else if folded.properties.isAlphabetic || folded.properties.numericType != nil {
                            builder.addLetter(folded, from: index)
                        } else {
                            builder.separate()
                        }
                    }
                }
                index += 1
            }
        }
        bytes = builder.bytes
        origin = builder.origin
        wordStarts = builder.wordStarts
        mask = builder.mask
    }

    /// Accumulates folded bytes, collapsing everything that is not a letter or digit into one space.
    private struct Builder {
        var bytes: [UInt8] = []
        var origin: [Int32] = []
        var wordStarts: [Int32] = []
        var mask: UInt64 = 0
        var pendingSpace = false

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
            origin.reserveCapacity(capacity)
        }

        mutating func separate() { pendingSpace = true }

        mutating func startWordIfNeeded(_ index: Int32) {
            if bytes.isEmpty || pendingSpace {
                if !bytes.isEmpty {
                    bytes.append(0x20)
                    origin.append(index)
                }
                wordStarts.append(Int32(bytes.count))
                pendingSpace = false
            }
        }

        /// An ASCII byte: lower-cased letters and digits are kept, anything else separates words.
        mutating func add(_ byte: UInt8, from index: Int32) {
            var value = byte
            if value >= UInt8(ascii: "A") && value <= UInt8(ascii: "Z") { value += 32 }
            let isWordByte = (value >= UInt8(ascii: "a") && value <= UInt8(ascii: "z")) || (value >= UInt8(ascii: "0") && value <= UInt8(ascii: "9"))
            guard isWordByte else {
                pendingSpace = true
                return
            }
            startWordIfNeeded(index)
            bytes.append(value)
            origin.append(index)
            mask |= FoldedField.bit(value)
        }

        /// A non-ASCII letter kept as it is (CJK, Greek...), as UTF-8.
        mutating func addLetter(_ scalar: Unicode.Scalar, from index: Int32) {
            startWordIfNeeded(index)
            UTF8.encode(scalar) { byte in
                bytes.append(byte)
                origin.append(index)
            }
            mask |= 1 << 63
        }
    }

    static func bit(_ byte: UInt8) -> UInt64 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): 1 << UInt64(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): 1 << UInt64(26 + byte - UInt8(ascii: "0"))
        default: 1 << 63
        }
    }

    static func mask(of bytes: [UInt8]) -> UInt64 {
        var mask: UInt64 = 0
        for byte in bytes where byte != 0x20 { mask |= bit(byte) }
        return mask
    }

    /// Scalars of the original text covered by folded bytes `range`.
    func scalarRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, range.lowerBound < origin.count else { return 0..<0 }
        let first = Int(origin[range.lowerBound])
        let last = Int(origin[min(range.upperBound, origin.count) - 1])
        return first..<(last + 1)
    }

    /// Scalar ranges of `text` as ranges of `Character`s (a combining accent belongs to its letter).
    static func characterRanges(_ scalarRanges: [Range<Int>], in text: String) -> [Range<Int>] {
        guard !scalarRanges.isEmpty else { return [] }
        var characterOfScalar: [Int] = []
        characterOfScalar.reserveCapacity(text.unicodeScalars.count)
        for (characterIndex, character) in text.enumerated() {
            for _ in character.unicodeScalars { characterOfScalar.append(characterIndex) }
        }
        return scalarRanges.compactMap { range in
            guard range.lowerBound < characterOfScalar.count else { return nil }
            let first = characterOfScalar[range.lowerBound]
            let last = characterOfScalar[min(range.upperBound, characterOfScalar.count) - 1]
            return first..<(last + 1)
        }
    }
}
