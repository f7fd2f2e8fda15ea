import GuideModel

/// Folding for search: everything `TextFolding` does (case, accents, ə ı ğ ş ç ö ü İ) plus
/// transliteration of Cyrillic to Latin, so "Калашников" is found by "kalashnikov" and a Russian
/// query finds a Latin name.
public enum SearchFolding {
    /// Folds and transliterates; keeps spaces and punctuation so words can still be told apart.
    public static func fold(_ text: some StringProtocol) -> String {
        let folded = TextFolding.fold(text)
        var needsTransliteration = false
        for scalar in folded.unicodeScalars where (0x0400...0x04FF).contains(scalar.value) {
            needsTransliteration = true
            break
        }
        guard needsTransliteration else { return folded }
        var out = ""
        out.reserveCapacity(folded.utf8.count + 8)
        for scalar in folded.unicodeScalars {
            if let latin = cyrillic[scalar.value] {
                out += latin
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The folded spellings of a query word or a name: the usual one, plus one with Cyrillic х as
    /// "h" (Azerbaijani and Ukrainian usage) when it differs from "kh" (Russian usage), so
    /// "Азерсилах" finds "Azərsilah". Words are joined by single spaces; punctuation is dropped.
    public static func spellings(_ text: some StringProtocol) -> [String] {
        let main = normalisedWords(fold(text))
        let folded = TextFolding.fold(text)
        guard folded.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) else { return [main] }
        // Other common romanisations: х as "h", кс as "x" (Рособоронэкспорт: Rosoboronexport).
        var alternative = ""
        var previousWasK = false
        for scalar in folded.unicodeScalars {
            if previousWasK, scalar.value == 0x0441 {
                alternative.removeLast()
                alternative += "x"
                previousWasK = false
                continue
            }
            previousWasK = scalar.value == 0x043A
            if scalar.value == 0x0445 { alternative += "h" } else if let latin = cyrillic[scalar.value] { alternative += latin } else { alternative.unicodeScalars.append(scalar) }
        }
        let second = normalisedWords(alternative)
        return second == main ? [main] : [main, second]
    }

    /// Folded text reduced to its words separated by single spaces.
    public static func normalisedWords(_ folded: String) -> String {
        splitWords(folded).joined(separator: " ")
    }

    /// The words of a text, folded: runs of letters and digits.
    public static func words(_ text: some StringProtocol) -> [Substring] {
        let folded = fold(text)
        return splitWords(folded)
    }

    /// Splits already-folded text into words without folding again.
    public static func splitWords(_ folded: String) -> [Substring] {
        folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    /// Russian, Ukrainian, Belarusian and Azerbaijani Cyrillic letters (lower case) in a common
    /// English-style romanisation.
    static let cyrillic: [UInt32: String] = [
        0x0430: "a", 0x0431: "b", 0x0432: "v", 0x0433: "g", 0x0434: "d", 0x0435: "e", 0x0451: "yo",
        0x0436: "zh", 0x0437: "z", 0x0438: "i", 0x0439: "y", 0x043A: "k", 0x043B: "l", 0x043C: "m",
        0x043D: "n", 0x043E: "o", 0x043F: "p", 0x0440: "r", 0x0441: "s", 0x0442: "t", 0x0443: "u",
        0x0444: "f", 0x0445: "kh", 0x0446: "ts", 0x0447: "ch", 0x0448: "sh", 0x0449: "shch",
        0x044A: "", 0x044B: "y", 0x044C: "", 0x044D: "e", 0x044E: "yu", 0x044F: "ya",
        // Ukrainian and Belarusian.
        0x0456: "i", 0x0457: "yi", 0x0454: "ye", 0x0491: "g", 0x045E: "u",
        // Azerbaijani Cyrillic.
        0x04D9: "e", 0x0493: "g", 0x049D: "g", 0x0458: "y", 0x04BB: "h", 0x04E9: "o", 0x04AF: "u",
        0x04B9: "c", 0x0499: "z", 0x04A3: "n",
    ]
}
