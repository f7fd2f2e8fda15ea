/// Ids and web addresses from names: `Kartal Savunma Sanayi` -> `kartal-savunma-sanayi`.
///
/// Uses its own small table for the Latin letters the vocabulary contains rather than
/// `GuideModel.TextFolding`, so the generated ids (and thus the whole file) cannot change when the
/// guide's folding rules are tuned.
enum Slug {
    /// At most `maximumWords` words of `text`, folded to `[a-z0-9]` and joined by hyphens; empty when
    /// nothing Latin is left (callers then use a fallback).
    static func make(_ text: String, maximumWords: Int = 3) -> String {
        var words: [String] = []
        var current = ""
        func endWord() {
            if !current.isEmpty, words.count < maximumWords, !stopWords.contains(current) { words.append(current) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                current.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(value) {
                current.unicodeScalars.append(Unicode.Scalar(value + 32)!)
            } else if let folded = fold[value] {
                current += folded
            } else if scalar == "'" || scalar == "’" || scalar == "ʻ" {
                continue
            } else {
                endWord()
            }
        }
        endWord()
        return words.joined(separator: "-")
    }

    /// `text` with its Latin diacritics removed and case kept ("Azər Müdafiə" -> "Azer Mudafie"), for
    /// English-style alternative names.
    static func plainLatin(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let folded = fold[scalar.value] {
                out += scalar.properties.isUppercase ? folded.prefix(1).uppercased() + folded.dropFirst() : folded
            } else if scalar == "ʻ" {
                continue
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Small words left out of ids ("bayside-institute-signal", not "bayside-institute-of").
    private static let stopWords: Set<String> = ["of", "for", "and", "the", "de", "di", "da", "ve", "i", "und", "et"]

    /// Latin letters with diacritics (and the letters without a decomposition) to ASCII.
    private static let fold: [UInt32: String] = {
        let pairs: [(String, String)] = [
            ("əƏ", "e"), ("ıIİi", "i"), ("ğĞ", "g"), ("öÖőŐøØóÓòÒôÔõÕ", "o"), ("üÜűŰúÚùÙûÛůŮ", "u"),
            ("şŞśŚšŠșȘ", "s"), ("çÇćĆčČ", "c"), ("äÄàÀâÂáÁãÃåÅăĂąĄ", "a"), ("éÉèÈêÊëËęĘěĚ", "e"),
            ("îÎïÏíÍ", "i"), ("łŁ", "l"), ("ńŃñÑňŇ", "n"), ("źŹżŻžŽ", "z"), ("řŘ", "r"), ("ýÝ", "y"),
            ("ďĎ", "d"), ("ťŤțȚ", "t"),
        ]
        var table: [UInt32: String] = [:]
        for (letters, folded) in pairs {
            for scalar in letters.unicodeScalars where scalar.value >= 0x80 { table[scalar.value] = folded }
        }
        table[0xDF] = "ss"
        table[0xE6] = "ae"
        table[0xC6] = "ae"
        table[0x153] = "oe"
        table[0x152] = "oe"
        return table
    }()

    /// A short base-36 form of `number`, the suffix that makes every generated id unique.
    static func base36(_ number: Int) -> String {
        String(number, radix: 36)
    }
}
