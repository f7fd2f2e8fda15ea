/// Invented brand words ("Tralvex", "Gökaran", "Зорвин") for the company pool of the synthetic
/// fair files.
///
/// `NameVocabulary` has a few dozen roots per language: enough for one show, but a pool of
/// 100,000 companies built from them alone would give thousands of companies the same name, and
/// the guide would rightly take them for one. Pronounceable syllables in each language's letters
/// give hundreds of thousands of distinct brands while the rest of the name (line of business,
/// legal form) still comes from the vocabulary.
enum BrandWord {
    private static let onsets = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
                                 "br", "cr", "dr", "gr", "kr", "st", "tr", "vr", "pl", "sk"]
    private static let vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "ia", "ei"]
    private static let codas = ["n", "r", "l", "s", "x", "k", "m", "nt", "rk", "st", "v"]

    /// A Latin-script brand with some of the language's own letters (ş, ə, ä, ł, ñ...).
    static func latin(_ language: NameLanguage, rng: inout SplitMix64) -> String {
        var word = ""
        let syllables = rng.chance(perMille: 600) ? 2 : 3
        for number in 0..<syllables {
            word += rng.pick(onsets) + rng.pick(vowels)
            if number == syllables - 1, rng.chance(perMille: 650) { word += rng.pick(codas) }
        }
        let letters = flavour(language)
        if !letters.isEmpty {
            var flavoured = ""
            for (offset, character) in word.enumerated() {
                if offset > 0, let choices = letters[character], rng.chance(perMille: 300) {
                    flavoured.append(rng.pick(choices))
                } else {
                    flavoured.append(character)
                }
            }
            word = flavoured
        }
        return capitalised(word)
    }

    private static let cyrillicOnsets = ["б", "в", "г", "д", "к", "л", "м", "н", "п", "р", "с", "т", "з", "ст", "гр", "кр", "тр", "вл"]
    private static let cyrillicVowels = ["а", "е", "и", "о", "у", "я", "ы", "ю"]
    private static let cyrillicCodas = ["н", "р", "л", "с", "к", "м", "т", "нт"]

    /// A Cyrillic brand (its Latin form comes from `Transliteration`).
    static func cyrillic(rng: inout SplitMix64) -> String {
        var word = ""
        let syllables = rng.chance(perMille: 550) ? 2 : 3
        for number in 0..<syllables {
            word += rng.pick(cyrillicOnsets) + rng.pick(cyrillicVowels)
            if number == syllables - 1, rng.chance(perMille: 700) { word += rng.pick(cyrillicCodas) }
        }
        return capitalised(word)
    }

    private static let greekOnsets: [(String, String)] = [
        ("κ", "k"), ("λ", "l"), ("μ", "m"), ("ν", "n"), ("π", "p"), ("ρ", "r"), ("σ", "s"), ("τ", "t"), ("θ", "th"),
        ("δ", "d"), ("γ", "g"), ("στ", "st"),
    ]
    private static let greekVowels: [(String, String)] = [("α", "a"), ("ε", "e"), ("ι", "i"), ("ο", "o"), ("η", "i"), ("ω", "o")]

    /// A Greek brand and its Latin form.
    static func greek(rng: inout SplitMix64) -> (native: String, latin: String) {
        var native = ""
        var latin = ""
        for _ in 0..<(rng.chance(perMille: 500) ? 2 : 3) {
            let onset = rng.pick(greekOnsets)
            let vowel = rng.pick(greekVowels)
            native += onset.0 + vowel.0
            latin += onset.1 + vowel.1
        }
        if rng.chance(perMille: 500) {
            native += "ς"
            latin += "s"
        }
        return (capitalised(native), capitalised(latin))
    }

    private static let katakana: [(String, String)] = [
        ("カ", "ka"), ("キ", "ki"), ("ク", "ku"), ("サ", "sa"), ("シ", "shi"), ("タ", "ta"), ("ト", "to"), ("ナ", "na"),
        ("マ", "ma"), ("ミ", "mi"), ("ラ", "ra"), ("リ", "ri"), ("ヤ", "ya"), ("ス", "su"), ("テ", "te"), ("ロ", "ro"),
    ]

    /// A katakana brand of three sounds and its romanised form.
    static func katakana(rng: inout SplitMix64) -> (native: String, latin: String) {
        var native = ""
        var latin = ""
        for _ in 0..<3 {
            let sound = rng.pick(katakana)
            native += sound.0
            latin += sound.1
        }
        return (native, capitalised(latin))
    }

    private static let hangul: [(String, String)] = [
        ("한", "han"), ("대", "dae"), ("미", "mi"), ("성", "seong"), ("진", "jin"), ("우", "u"), ("현", "hyeon"),
        ("태", "tae"), ("영", "yeong"), ("세", "se"), ("동", "dong"), ("광", "gwang"),
    ]

    /// A Korean brand of two or three syllables and its romanised form.
    static func hangul(rng: inout SplitMix64) -> (native: String, latin: String) {
        var native = ""
        var latin = ""
        for _ in 0..<(rng.chance(perMille: 400) ? 2 : 3) {
            let syllable = rng.pick(hangul)
            native += syllable.0
            latin += syllable.1
        }
        return (native, capitalised(latin))
    }

    /// Letters a language writes instead of plain ones, chosen now and then inside a brand.
    private static func flavour(_ language: NameLanguage) -> [Character: [Character]] {
        switch language {
        case .turkish: ["i": ["ı"], "o": ["ö"], "u": ["ü"], "s": ["ş"], "c": ["ç"], "g": ["ğ"]]
        case .azerbaijani: ["e": ["ə"], "a": ["ə"], "i": ["ı"], "o": ["ö"], "u": ["ü"], "s": ["ş"], "c": ["ç"], "k": ["q"], "h": ["x"]]
        case .german: ["a": ["ä"], "o": ["ö"], "u": ["ü"], "s": ["ß"]]
        case .french: ["e": ["é", "è"], "a": ["â"], "i": ["î"]]
        case .polish: ["l": ["ł"], "o": ["ó"], "z": ["ż", "ź"], "s": ["ś"], "n": ["ń"], "e": ["ę"]]
        case .czech: ["r": ["ř"], "s": ["š"], "c": ["č"], "e": ["ě"], "z": ["ž"]]
        case .hungarian: ["o": ["ő", "ö"], "u": ["ű", "ü"], "a": ["á"], "e": ["é"]]
        case .nordic: ["o": ["ø", "ö"], "a": ["å", "ä"]]
        case .iberian: ["n": ["ñ"], "a": ["á"], "o": ["ó"], "c": ["ç"]]
        case .italian, .english, .russian, .ukrainian, .greek, .chinese, .japanese, .korean: [:]
        }
    }

    static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
