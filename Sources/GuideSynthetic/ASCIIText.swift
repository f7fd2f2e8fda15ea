/// Text made plain ASCII for shows whose every string is ASCII: the common case of real data
/// (most published exhibitor lists are in English), and the one where a loader's shortcut for
/// ASCII text runs on every name. A benchmark that only ever saw mixed scripts would never time it.
///
/// Latin letters lose their diacritics (`Slug.plainLatin`); any other non-ASCII scalar becomes a
/// two-letter syllable derived from its code point, so Cyrillic, Greek and CJK names stay
/// non-empty, distinct from each other and deterministic. Control characters (the hostile names'
/// escape sequences) are ASCII and stay.
enum ASCIIText {
    static func fold(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in Slug.plainLatin(text).unicodeScalars {
            if scalar.isASCII {
                out.append(scalar)
                continue
            }
            // Combining marks carry no letter of their own.
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let value = scalar.value
            let syllable = consonants[Int(value % UInt32(consonants.count))]
            let vowel = vowels[Int((value / UInt32(consonants.count)) % UInt32(vowels.count))]
            let capital = scalar.properties.isUppercase
            out.append(capital ? Unicode.Scalar(syllable.value - 32)! : syllable)
            out.append(vowel)
        }
        return String(out)
    }

    private static let consonants: [Unicode.Scalar] = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "h", "y"]
    private static let vowels: [Unicode.Scalar] = ["a", "e", "i", "o", "u"]
}
