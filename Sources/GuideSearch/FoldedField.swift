import GuideModel

/// A searchable text, folded for matching: lower-case ASCII-ish words separated by single spaces
/// (accents, Azerbaijani/Turkish letters and Cyrillic folded, punctuation dropped), with, for each
/// folded byte, the index of the original character it came from, so matches can be highlighted
/// in the text as written.
struct FoldedField: Sendable {
    var bytes: [UInt8]
    /// `origin[i]` is the index (in `Character`s) in the original text of `bytes[i]`.
    var origin: [Int32]
    /// Start offsets of words in `bytes`.
    var wordStarts: [Int32]
    /// Which of a-z and 0-9 occur (bit 0-25 letters, 26-35 digits): a cheap first filter.
    var mask: UInt64

    /// - Parameter cyrillicHAsH: spell Cyrillic х as "h" instead of "kh" (the alternative spelling).
    init(_ text: String, cyrillicHAsH: Bool = false) {
        var bytes: [UInt8] = []
        var origin: [Int32] = []
        var wordStarts: [Int32] = []
        var mask: UInt64 = 0
        bytes.reserveCapacity(text.utf8.count)
        origin.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var index: Int32 = 0
        var scratch = String.UnicodeScalarView()
        for character in text {
            scratch.removeAll(keepingCapacity: true)
            for scalar in character.unicodeScalars {
                TextFolding.appendFolded(scalar, to: &scratch)
            }
            for scalar in scratch {
                let pieces: String
                if scalar.value < 0x80 {
                    pieces = String(scalar)
                } else if cyrillicHAsH && scalar.value == 0x0445 {
                    pieces = "h"
                } else if let latin = SearchFolding.cyrillic[scalar.value] {
                    pieces = latin
                } else {
                    pieces = String(scalar)
                }
                for piece in pieces.unicodeScalars {
                    let isWordScalar = piece.properties.isAlphabetic || piece.properties.numericType != nil
                    guard isWordScalar else {
                        pendingSpace = true
                        continue
                    }
                    if bytes.isEmpty || pendingSpace {
                        if !bytes.isEmpty {
                            bytes.append(0x20)
                            origin.append(index)
                        }
                        wordStarts.append(Int32(bytes.count))
                        pendingSpace = false
                    }
                    for byte in String(piece).utf8 {
                        bytes.append(byte)
                        origin.append(index)
                        mask |= FoldedField.bit(byte)
                    }
                }
            }
            index += 1
        }
        self.bytes = bytes
        self.origin = origin
        self.wordStarts = wordStarts
        self.mask = mask
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

    /// Characters of the original text covered by folded bytes `range`.
    func characterRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, range.lowerBound < origin.count else { return 0..<0 }
        let first = Int(origin[range.lowerBound])
        let last = Int(origin[min(range.upperBound, origin.count) - 1])
        return first..<(last + 1)
    }
}
