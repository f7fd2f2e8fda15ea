import GuideModel

/// Splits an exhibitor name into folded words, the raw material of every `NameKeys` tier.
///
/// Folding is the model's (`TextFolding`: case, accents, ə ı ş ğ ç ö ü İ); on top of it:
/// - letters and digits make words; every other character separates words (quotes, brackets,
///   commas, hyphens, slashes, backslashes, control characters), so `JSC "KB RADAR"`,
///   `JSC \"KB RADAR\"` and `JSC KB RADAR` give the same words;
/// - apostrophes join (`O'GARA` is `ogara`): they sit inside words far more often than around them;
/// - `&` is the word `and`, so "Rohde & Schwarz" and "Rohde and Schwarz" agree;
/// - single letters written with dots are one word: `A.Ş.`, `A. S.` and `A.S` are `as`, `S.p.A.` is
///   `spa`, `SAN.A.Ş.` is `san as`. Legal forms are written this way, and without the join
///   "ASELSAN A.Ş." could never meet "ASELSAN AS".
enum NameTokenizer {
    static func words(of name: String) -> [String] {
        // Most names: byte by byte through a table, words built on the stack.
        var name = name
        if let words = name.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiWords(bytes) : nil }) { return words }
        return wordsByScalars(of: name)
    }

    /// The general path, for any name: scalar by scalar (ASCII ones as `Scanner.takeASCII` reads
    /// them, which the table of `asciiWords` restates).
    static func wordsByScalars(of name: String) -> [String] {
        var scanner = Scanner()
        scanner.words.reserveCapacity(8)
        scanner.dotBefore.reserveCapacity(8)
        for scalar in name.unicodeScalars {
            if scalar.value < 0x80 { scanner.takeASCII(UInt8(scalar.value)) } else { scanner.take(scalar) }
        }
        scanner.endWord()
        return scanner.mergedWords()
    }

    /// What each ASCII byte does in a name: a letter or digit is its lower-case byte (at least
    /// 0x30); below that, one of the `ASCIIRole` values.
    private static let asciiTable: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 0x30...0x39, 0x61...0x7A: UInt8(byte)
        case 0x41...0x5A: UInt8(byte + 32)
        case 0x27, 0x60: ASCIIRole.join
        case 0x2E: ASCIIRole.dot
        case 0x26: ASCIIRole.and
        default: ASCIIRole.separator
        }
    }

    private enum ASCIIRole {
        static let separator: UInt8 = 0
        /// `'` and `` ` ``: joined into the word.
        static let join: UInt8 = 1
        static let dot: UInt8 = 2
        /// `&`: the word "and".
        static let and: UInt8 = 3
    }

    /// The words of a name of ASCII bytes only, as `wordsByScalars` gives them.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var scanner = Scanner()
        scanner.words.reserveCapacity(8)
        scanner.dotBefore.reserveCapacity(8)
        asciiTable.withUnsafeBufferPointer { table in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { word in
                var length = 0
                func endWord() {
                    guard length > 0 else { return }
                    scanner.append(String(decoding: UnsafeBufferPointer(rebasing: word[..<length]), as: UTF8.self))
                    length = 0
                }
                for byte in bytes {
                    let code = table[Int(byte)]
                    if code >= 0x30 {
                        word[length] = code
                        length += 1
                        continue
                    }
                    switch code {
                    case ASCIIRole.join:
                        break
                    case ASCIIRole.dot:
                        endWord()
                        scanner.sawDot = true
                    case ASCIIRole.and:
                        endWord()
                        scanner.sawDot = false
                        scanner.append("and")
                    default:
                        endWord()
                    }
                }
                endWord()
            }
        }
        return scanner.mergedWords()
    }

    /// Word-by-word state of one name. Words are built as UTF-8 bytes: appending to a
    /// `String.UnicodeScalarView` costs several times more, and names are mostly ASCII.
    private struct Scanner {
        var words: [String] = []
        /// For each word after the first: whether a dot stood between it and the word before.
        var dotBefore: [Bool] = []
        var current: [UInt8] = []
        var sawDot = false
        var folded = String.UnicodeScalarView()

        @inline(__always)
        mutating func takeASCII(_ byte: UInt8) {
            switch byte {
            case 0x30...0x39, 0x61...0x7A:
                current.append(byte)
            case 0x41...0x5A:
                current.append(byte + 32)
            case 0x27, 0x60: // ' and ` join
                break
            case 0x2E: // .
                endWord()
                sawDot = true
            case 0x26: // &
                appendAnd()
            default:
                endWord()
            }
        }

        mutating func take(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            // Right and left single quotation marks and the modifier apostrophe join like '.
            if value == 0x2019 || value == 0x2018 || value == 0x02BC { return }
            if value == 0xFF06 { // fullwidth &
                appendAnd()
                return
            }
            // (A new view: emptying one with `removeAll(keepingCapacity:)` costs far more than
            // folding the scalar, and a short one lives inline.)
            folded = String.UnicodeScalarView()
            TextFolding.appendFolded(scalar, to: &folded)
            for piece in folded {
                let properties = piece.properties
                if properties.isAlphabetic || properties.numericType != nil {
                    UTF8.encode(piece) { current.append($0) }
                } else if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                    // A mark inside a word (Devanagari, Arabic vowels) belongs to it.
                    if !current.isEmpty { UTF8.encode(piece) { current.append($0) } }
                } else {
                    endWord()
                }
            }
        }

        mutating func endWord() {
            guard !current.isEmpty else { return }
            append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }

        mutating func appendAnd() {
            endWord()
            sawDot = false
            append("and")
        }

        mutating func append(_ word: String) {
            if !words.isEmpty { dotBefore.append(sawDot) }
            words.append(word)
            sawDot = false
        }

        /// Joins runs of single letters that dots separate (`a.s` → `as`).
        func mergedWords() -> [String] {
            guard words.count > 1, dotBefore.contains(true) else { return words }
            var merged: [String] = []
            merged.reserveCapacity(words.count)
            var index = 0
            while index < words.count {
                var word = words[index]
                var next = index + 1
                if Self.isSingleLetter(word) {
                    while next < words.count, dotBefore[next - 1], Self.isSingleLetter(words[next]) {
                        word += words[next]
                        next += 1
                    }
                }
                merged.append(word)
                index = next
            }
            return merged
        }

        static func isSingleLetter(_ word: String) -> Bool {
            var scalars = word.unicodeScalars.makeIterator()
            guard let first = scalars.next(), scalars.next() == nil else { return false }
            return first.properties.isAlphabetic
        }
    }
}
