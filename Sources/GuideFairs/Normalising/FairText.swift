/// Cleans one string of a fair file and says what it changed, so the report can list it.
///
/// Two things only, both safe: whitespace (trimmed; inner runs, line breaks included, become one
/// space) and HTML character references (`&#381;`, `&#x17D;`, `&amp;`), which some organisers'
/// lists leak into names (`GORA&#381;DE`). Control characters are kept: they are part of the text
/// as published, and the terminal layer shows them harmlessly.
struct FairText: Equatable {
    var text: String
    var changedWhitespace = false
    var decodedReferences = false

    /// Cleans `raw` as one line (names, categories, countries).
    init(line raw: String) {
        // Most strings of a list need nothing: checked on the bytes, kept without copying.
        if Self.isClean(raw) {
            self.init(unchanged: raw)
        } else {
            self.init(cleaning: raw)
        }
    }

    private init(unchanged text: String) {
        self.text = text
    }

    /// Cleans `raw` scalar by scalar (what `init(line:)` does when its shortcut does not apply).
    init(cleaning raw: String) {
        let decoded = Self.decodeReferences(raw)
        decodedReferences = decoded != nil
        let source = decoded ?? raw
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in source.unicodeScalars {
            if Self.isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        text = String(out)
        changedWhitespace = text != source
    }

    /// Whether `raw` has nothing to clean: no reference to decode (there is none without both
    /// `&` and `;`: "ROHDE & SCHWARZ" is clean), no whitespace but single spaces between words.
    /// Decided on the UTF-8 bytes, whatever the script: the names of a list in Cyrillic, Greek or
    /// Turkish are as often clean as English ones.
    static func isClean(_ raw: String) -> Bool {
        // (`withUTF8` reads a short string from where it is stored inline.)
        var raw = raw
        return raw.withUTF8(isClean)
    }

    /// `isClean` on valid UTF-8: ASCII byte by byte; above it, the sequences of Unicode's
    /// White_Space characters (U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F,
    /// U+205F, U+3000) are looked for by their lead bytes, which nothing else starts with.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterSpace = true
        var sawAmpersand = false
        var sawSemicolon = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if (0x09...0x0D).contains(byte) { return false }
                if byte == UInt8(ascii: "&") { sawAmpersand = true }
                if byte == UInt8(ascii: ";") { sawSemicolon = true }
                if byte == 0x20 {
                    if afterSpace { return false }
                    afterSpace = true
                } else {
                    afterSpace = false
                }
                index += 1
                continue
            }
            afterSpace = false
            // (Valid UTF-8: a lead byte is followed by its continuation bytes.)
            switch byte {
            case 0xC2:
                let second = bytes[index + 1]
                if second == 0x85 || second == 0xA0 { return false }
            case 0xE1:
                if bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 { return false }
            case 0xE2:
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                if second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF) { return false }
                if second == 0x81 && third == 0x9F { return false }
            case 0xE3:
                if bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 { return false }
            default:
                break
            }
            index += 1
        }
        return !afterSpace && !(sawAmpersand && sawSemicolon)
    }

    /// Unicode's White_Space, with ASCII decided without a property lookup.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// A letter or digit of any script, with ASCII decided without a property lookup.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The words of an already folded name, as country names and company name keys compare them:
    /// letters and digits of any script make words, dots and apostrophes inside words are dropped
    /// ("u.s.a." is "usa", "d'ivoire" "divoire"), "&" is the word "and", anything else separates.
    static func words(ofFolded folded: String) -> [String] {
        var words: [String] = []
        var current = ""
        func endWord() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for scalar in folded.unicodeScalars {
            if isWordScalar(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "’" || scalar == "`" {
                continue
            } else if scalar == "&" {
                endWord()
                words.append("and")
            } else {
                endWord()
            }
        }
        endWord()
        return words
    }

    var changed: Bool { changedWhitespace || decodedReferences }

    /// Lines of a multi-line text (an address), each cleaned, blank ones dropped.
    static func lines(_ raw: String) -> [String] {
        raw.unicodeScalars.split { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" }
            .map { FairText(line: String($0)).text }.filter { !$0.isEmpty }
    }

    /// `raw` with numeric references and the five XML entities decoded, or nil when it has none.
    /// A reference to a control character, a surrogate or nothing valid is left as written.
    static func decodeReferences(_ raw: String) -> String? {
        // (A reference ends with a semicolon.)
        guard raw.utf8.contains(UInt8(ascii: "&")), raw.utf8.contains(UInt8(ascii: ";")) else { return nil }
        var out = ""
        var changed = false
        var rest = Substring(raw)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";"),
               let scalar = reference(after[..<semicolon]) {
                out.unicodeScalars.append(scalar)
                changed = true
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return changed ? out : nil
    }

    private static let named: [Substring: Unicode.Scalar] = ["amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">"]

    private static func reference(_ body: Substring) -> Unicode.Scalar? {
        if let scalar = named[body] { return scalar }
        guard body.first == "#" else { return nil }
        let digits = body.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, value >= 0x20, !(0x7F...0x9F).contains(value), let scalar = Unicode.Scalar(value) else { return nil }
        return scalar
    }
}
