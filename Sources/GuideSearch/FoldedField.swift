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
        let builder = Self.fold(text, cyrillicHAsH: cyrillicHAsH, recordsOrigin: true)
        bytes = builder.bytes
        origin = builder.origin
        wordStarts = builder.wordStarts
        mask = builder.mask
    }

    /// Only the folded bytes (words separated by single spaces): what the index stores, without
    /// the per-byte origins that only highlighting needs.
    static func foldedBytes(_ text: String, cyrillicHAsH: Bool = false) -> [UInt8] {
        fold(text, cyrillicHAsH: cyrillicHAsH, recordsOrigin: false).bytes
    }

    private static func fold(_ text: String, cyrillicHAsH: Bool, recordsOrigin: Bool) -> Builder {
        var builder = Builder(capacity: text.utf8.count, recordsOrigin: recordsOrigin)
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
                let value = scalar.value
                if value < 0x80 {
                    builder.add(UInt8(value), from: index)
                } else if value < ScalarFolds.end && !(cyrillicHAsH && (value == 0x0445 || value == 0x0425)) {
                    switch ScalarFolds.table[Int(value - 0x80)] {
                    case .ascii(let bytes): for byte in bytes { builder.add(byte, from: index) }
                    case .separator: builder.separate()
                    case .general: foldGeneral(scalar, cyrillicHAsH: cyrillicHAsH, scratch: &scratch, into: &builder, from: index)
                    }
                } else {
                    foldGeneral(scalar, cyrillicHAsH: cyrillicHAsH, scratch: &scratch, into: &builder, from: index)
                }
                index += 1
            }
        }
        return builder
    }

    /// Any scalar: `TextFolding`, then Cyrillic to Latin; letters of other scripts are kept as
    /// they are, anything else separates words.
    private static func foldGeneral(_ scalar: Unicode.Scalar, cyrillicHAsH: Bool, scratch: inout String.UnicodeScalarView,
                                    into builder: inout Builder, from index: Int32) {
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

    /// `foldGeneral`'s result for each scalar from U+0080 to U+052F (Latin, Greek, Cyrillic), worked
    /// out once: folding a name is then a table lookup per letter, not a Unicode property query.
    private enum ScalarFolds {
        enum Fold {
            /// Lower-case ASCII letters and digits (none for a combining accent).
            case ascii([UInt8])
            /// Not a letter: separates words.
            case separator
            /// Anything else (a letter kept in its own script): take the general path.
            case general
        }

        static let end: UInt32 = 0x0530

        static let table: [Fold] = (UInt32(0x80)..<end).map { value in
            guard let scalar = Unicode.Scalar(value) else { return .general }
            var builder = Builder(capacity: 8, recordsOrigin: false)
            var scratch = String.UnicodeScalarView()
            foldGeneral(scalar, cyrillicHAsH: false, scratch: &scratch, into: &builder, from: 0)
            if builder.bytes.isEmpty { return builder.pendingSpace ? .separator : .ascii([]) }
            let isWordByte = { (byte: UInt8) in (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) }
            guard !builder.pendingSpace, builder.bytes.allSatisfy(isWordByte) else { return .general }
            return .ascii(builder.bytes)
        }
    }

    /// Accumulates folded bytes, collapsing everything that is not a letter or digit into one space.
    private struct Builder {
        var bytes: [UInt8] = []
        var origin: [Int32] = []
        var wordStarts: [Int32] = []
        var mask: UInt64 = 0
        var pendingSpace = false
        let recordsOrigin: Bool

        init(capacity: Int, recordsOrigin: Bool) {
            self.recordsOrigin = recordsOrigin
            bytes.reserveCapacity(capacity)
            if recordsOrigin { origin.reserveCapacity(capacity) }
        }

        mutating func separate() { pendingSpace = true }

        mutating func startWordIfNeeded(_ index: Int32) {
            if bytes.isEmpty || pendingSpace {
                if !bytes.isEmpty {
                    bytes.append(0x20)
                    if recordsOrigin { origin.append(index) }
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
            if recordsOrigin { origin.append(index) }
            mask |= FoldedField.bit(value)
        }

        /// A non-ASCII letter kept as it is (CJK, Greek...), as UTF-8.
        mutating func addLetter(_ scalar: Unicode.Scalar, from index: Int32) {
            startWordIfNeeded(index)
            UTF8.encode(scalar) { byte in
                bytes.append(byte)
                if recordsOrigin { origin.append(index) }
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
        // ASCII without carriage returns: one scalar is one character.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let count = text.utf8.count
            return scalarRanges.compactMap { $0.lowerBound < count ? $0.lowerBound..<min($0.upperBound, count) : nil }
        }
        // Otherwise count characters only as far as the last range reaches.
        let needed = scalarRanges.map(\.upperBound).max() ?? 0
        var characterOfScalar: [Int] = []
        characterOfScalar.reserveCapacity(needed)
        for (characterIndex, character) in text.enumerated() {
            for _ in character.unicodeScalars { characterOfScalar.append(characterIndex) }
            if characterOfScalar.count >= needed { break }
        }
        return scalarRanges.compactMap { range in
            guard range.lowerBound < characterOfScalar.count else { return nil }
            let first = characterOfScalar[range.lowerBound]
            let last = characterOfScalar[min(range.upperBound, characterOfScalar.count) - 1]
            return first..<(last + 1)
        }
    }
}
