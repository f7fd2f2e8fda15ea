/// Case- and accent-insensitive folding, so "azersilah" matches "Azərsilah", "baku" matches
/// "Bakı" and names sort the way people expect ("Öztek" next to "Oztek", not after "Z").
///
/// Lives in the model layer because sorting needs it; `GuideSearch` builds its richer folding
/// (transliteration, tokens) on top of it.
public enum TextFolding {
    /// Lower-cases, removes diacritics and combining marks, and maps letters that have no
    /// decomposition (ə, ı, ß, ø, ł...) to their usual ASCII spelling. Non-Latin letters are
    /// lower-cased and otherwise kept.
    public static func fold(_ text: some StringProtocol) -> String {
        var isASCII = true
        for byte in text.utf8 where byte >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            var bytes = Array(text.utf8)
            for index in bytes.indices where bytes[index] >= UInt8(ascii: "A") && bytes[index] <= UInt8(ascii: "Z") {
                bytes[index] += 32
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            appendFolded(scalar, to: &out)
        }
        return String(out)
    }

    /// Folds one scalar into `out`.
    public static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A {
                out.append(Unicode.Scalar(value + 32)!)
            } else {
                out.append(scalar)
            }
            return
        }
        if let packed = lookup(value) {
            appendPacked(packed, to: &out)
            return
        }
        // Combining marks (accents typed separately) carry no letter.
        if (0x0300...0x036F).contains(value) || scalar.properties.generalCategory == .nonspacingMark {
            return
        }
        let lower = scalar.properties.lowercaseMapping
        if lower.unicodeScalars.count == 1, let single = lower.unicodeScalars.first, single != scalar {
            // A lower-case form may itself carry an accent (e.g. Cyrillic Ё -> ё stays ё).
            if let packed = lookup(single.value) {
                appendPacked(packed, to: &out)
            } else {
                out.append(single)
            }
            return
        }
        for piece in lower.unicodeScalars where !(0x0300...0x036F).contains(piece.value) {
            if let packed = lookup(piece.value) {
                appendPacked(packed, to: &out)
            } else {
                out.append(piece)
            }
        }
    }

    /// A key for sorting names for people: folded, ignoring leading quotes and punctuation
    /// (`"AZERSILAH"` sorts under A), with runs of spaces collapsed.
    public static func sortKey(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        appendSortKey(of: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `sortKey(text)` to `bytes`, so many keys can share one buffer.
    public static func appendSortKey(of text: some StringProtocol, to bytes: inout [UInt8]) {
        // Plain ASCII (most names): lower-case letters and digits, other runs become one space.
        var isASCII = true
        for byte in text.utf8 where byte >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            // No `reserveCapacity(bytes.count + n)` here: callers append thousands of keys to one
            // buffer, and reserving exactly what one key needs reallocates (and copies) the whole
            // buffer for every key, where `append` alone grows it geometrically.
            var pendingSpace = false
            var wroteAny = false
            for byte in text.utf8 {
                var value = byte
                if value >= UInt8(ascii: "A") && value <= UInt8(ascii: "Z") { value += 32 }
                let isWordByte = (value >= UInt8(ascii: "a") && value <= UInt8(ascii: "z")) || (value >= UInt8(ascii: "0") && value <= UInt8(ascii: "9"))
                if isWordByte {
                    if pendingSpace && wroteAny { bytes.append(0x20) }
                    pendingSpace = false
                    wroteAny = true
                    bytes.append(value)
                } else {
                    pendingSpace = true
                }
            }
            return
        }
        if ScalarFoldTable.shared.covers(text) {
            appendSortKeyByScalars(of: text, to: &bytes)
        } else {
            appendSortKeyByCharacters(of: text, to: &bytes)
        }
    }

    /// The sort key of text that `ScalarFoldTable` covers, folded scalar by scalar from the table:
    /// the same key as `appendSortKeyByCharacters` without its Unicode property lookups.
    static func appendSortKeyByScalars(of text: some StringProtocol, to bytes: inout [UInt8]) {
        var pendingSpace = false
        var wroteAny = false
        for scalar in text.unicodeScalars {
            _ = ScalarFoldTable.shared.forEachFolded(scalar) { piece, isWord in
                guard isWord else {
                    pendingSpace = true
                    return
                }
                if pendingSpace && wroteAny { bytes.append(0x20) }
                pendingSpace = false
                wroteAny = true
                UTF8.encode(piece) { bytes.append($0) }
            }
        }
    }

    /// The sort key by the general rule: fold, then keep letters and numbers, one space between runs.
    static func appendSortKeyByCharacters(of text: some StringProtocol, to bytes: inout [UInt8]) {
        let folded = fold(text)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for character in folded {
            if character.isLetter || character.isNumber {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(character)
            } else {
                pendingSpace = true
            }
        }
        bytes.append(contentsOf: out.utf8)
    }

    /// Orders two names for people: by sort key, then by the original text, so the order is
    /// total and stable across runs.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let ka = sortKey(a)
        let kb = sortKey(b)
        if ka != kb { return ka < kb }
        return a < b
    }

    /// Appends the one or two ASCII letters packed in a table value.
    private static func appendPacked(_ packed: UInt16, to out: inout String.UnicodeScalarView) {
        out.append(Unicode.Scalar(UInt8(packed >> 8)))
        if packed & 0xFF != 0 { out.append(Unicode.Scalar(UInt8(packed & 0xFF))) }
    }

    private static func lookup(_ value: UInt32) -> UInt16? {
        let keys = FoldingTable.foldKeys
        guard value >= keys[0], value <= keys[keys.count - 1] else { return nil }
        var low = 0
        var high = keys.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let key = keys[mid]
            if key == value { return FoldingTable.foldValues[mid] }
            if key < value { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}
