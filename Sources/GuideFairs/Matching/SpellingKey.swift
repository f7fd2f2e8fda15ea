/// A key under which the usual spellings of one name agree: Cyrillic written in Latin letters, and
/// the variants romanisations differ by, so "РОСОБОРОНЭКСПОРТ", "ROSOBORONEXPORT" and
/// "Rosoboroneksport" share the key "rosoboronexport" (the transliteration tier of
/// `ExhibitorMatchRule`).
///
/// Cyrillic letters (Russian, Ukrainian, Belarusian, and the Kazakh and Azerbaijani Cyrillic
/// letters) are romanised as simplified BGN/PCGN does it; then the key absorbs what romanisations
/// and exhibitors' own spellings disagree on: `ks` is `x`, `kh` is `h`, `ts` and `tz` are `c`,
/// `ye`/`je` after a vowel or at a word start is `e`, `y`, `j` and `i` are one letter, `w` is `v`,
/// `ph` is `f`, and a doubled consonant is one (doubled vowels are kept: "UUGWANG" and
/// "UGWANG" are two names). Words stay separated by spaces; legal forms are taken
/// off first by the caller, so only the distinctive part is compared.
enum SpellingKey {
    /// The key of folded words (`NameTokenizer`); nil when it equals the words joined, which
    /// callers treat as "nothing to add" only when the name has no Cyrillic letters.
    static func key(ofWords words: ArraySlice<String>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.reduce(0) { $0 + $1.utf8.count + 1 })
        for word in words {
            if !bytes.isEmpty { bytes.append(0x20) }
            var latin = romanised(word)
            if latin.withUTF8({ word in appendASCIIVariantFolded(word, to: &bytes) }) { continue }
            bytes.append(contentsOf: variantFolded(latin).utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `variantFolded` on an ASCII word's bytes, appended to `output` (names are mostly ASCII, and
    /// every distinct name is keyed); false, with nothing appended, when a byte is beyond ASCII.
    static func appendASCIIVariantFolded(_ word: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        guard word.allSatisfy({ $0 < 0x80 }) else { return false }
        let wordStart = output.count
        var index = 0
        func isVowel(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "o")
                || byte == UInt8(ascii: "u") || byte == UInt8(ascii: "y")
        }
        while index < word.count {
            let letter = word[index]
            let next: UInt8 = index + 1 < word.count ? word[index + 1] : 0
            var emitted = letter
            var consumed = 1
            switch (letter, next) {
            case (UInt8(ascii: "k"), UInt8(ascii: "s")): emitted = UInt8(ascii: "x"); consumed = 2
            case (UInt8(ascii: "k"), UInt8(ascii: "h")): emitted = UInt8(ascii: "h"); consumed = 2
            case (UInt8(ascii: "t"), UInt8(ascii: "s")), (UInt8(ascii: "t"), UInt8(ascii: "z")): emitted = UInt8(ascii: "c"); consumed = 2
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): emitted = UInt8(ascii: "f"); consumed = 2
            case (UInt8(ascii: "y"), UInt8(ascii: "e")), (UInt8(ascii: "j"), UInt8(ascii: "e")), (UInt8(ascii: "i"), UInt8(ascii: "e")):
                if output.count == wordStart || isVowel(output[output.count - 1]) {
                    emitted = UInt8(ascii: "e")
                    consumed = 2
                } else {
                    emitted = UInt8(ascii: "i")
                }
            case (UInt8(ascii: "y"), _), (UInt8(ascii: "j"), _): emitted = UInt8(ascii: "i")
            case (UInt8(ascii: "w"), _): emitted = UInt8(ascii: "v")
            default: break
            }
            if output.count == wordStart || output[output.count - 1] != emitted || isVowel(emitted) { output.append(emitted) }
            index += consumed
        }
        return true
    }

    /// Whether a word has letters this key romanises.
    static func hasCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }

    /// The word in Latin letters (folded words are lower case already).
    static func romanised(_ word: String) -> String {
        guard hasCyrillic(word) else { return word }
        var output = ""
        for scalar in word.unicodeScalars {
            if let latin = cyrillic[scalar] { output += latin } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }

    /// The spelling variants absorbed, on a Latin lower-case word.
    static func variantFolded(_ word: String) -> String {
        let letters = Array(word.unicodeScalars)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(letters.count)
        var index = 0
        func isVowel(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return "aeiouy".unicodeScalars.contains(scalar)
        }
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : nil
            var emitted: Unicode.Scalar = letter
            var consumed = 1
            switch (letter, next) {
            case ("k", "s"): emitted = "x"; consumed = 2
            case ("k", "h"): emitted = "h"; consumed = 2
            case ("t", "s"), ("t", "z"): emitted = "c"; consumed = 2
            case ("p", "h"): emitted = "f"; consumed = 2
            case ("y", "e"), ("j", "e"), ("i", "e"):
                // "ye" after a vowel or at the start is how Е is often written: the same as "e".
                if output.isEmpty || isVowel(output.last) { emitted = "e"; consumed = 2 } else { emitted = "i" }
            case ("y", _), ("j", _): emitted = "i"
            case ("w", _): emitted = "v"
            default: break
            }
            if output.last != emitted || isVowel(emitted) { output.append(emitted) }
            index += consumed
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: output)
        return String(text)
    }

    /// Lower-case Cyrillic letters and their Latin spellings (the folded name is lower case).
    static let cyrillic: [Unicode.Scalar: String] = {
        let pairs: [(Character, String)] = [
            ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "e"), ("ж", "zh"),
            ("з", "z"), ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"),
            ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"), ("х", "kh"), ("ц", "ts"),
            ("ч", "ch"), ("ш", "sh"), ("щ", "shch"), ("ъ", ""), ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"),
            ("я", "ya"),
            // Ukrainian and Belarusian.
            ("є", "ye"), ("і", "i"), ("ї", "yi"), ("ґ", "g"), ("ў", "u"),
            // Kazakh and Azerbaijani Cyrillic.
            ("ә", "a"), ("ғ", "g"), ("қ", "k"), ("ң", "n"), ("ө", "o"), ("ұ", "u"), ("ү", "u"), ("һ", "h"),
            ("ҹ", "j"), ("ј", "y"), ("ҝ", "g"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letter, latin) in pairs {
            for scalar in letter.unicodeScalars { table[scalar] = latin }
        }
        return table
    }()
}
