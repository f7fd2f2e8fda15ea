/// Latin spellings of Cyrillic names, as a visitor or a web page would write them ("Гранит" ->
/// "Granit", "Київські" -> "Kyivski"). They become alternative names (so search has something real
/// to match) and the source of ids and web addresses. Simplified BGN/PCGN for Russian and the
/// official 2010 table for Ukrainian; exactness does not matter, determinism does.
enum Transliteration {
    enum Language {
        case russian
        case ukrainian
    }

    static func latin(_ text: String, from language: Language) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let character = Character(scalar)
            let lower = Character(character.lowercased())
            guard let mapped = map(lower, language) else {
                if scalar == "«" || scalar == "»" { continue }
                out.unicodeScalars.append(scalar)
                continue
            }
            if lower != character, let first = mapped.first {
                // Capital letter: capitalise the first Latin letter only ("Щ" -> "Shch").
                out += first.uppercased() + mapped.dropFirst()
            } else {
                out += mapped
            }
        }
        return out
    }

    private static func map(_ letter: Character, _ language: Language) -> String? {
        if language == .ukrainian {
            switch letter {
            case "г": return "h"
            case "ґ": return "g"
            case "и": return "y"
            case "і": return "i"
            case "ї": return "yi"
            case "є": return "ye"
            case "'", "’": return ""
            default: break
            }
        }
        switch letter {
        case "а": return "a"
        case "б": return "b"
        case "в": return "v"
        case "г": return "g"
        case "д": return "d"
        case "е": return "e"
        case "ё": return "yo"
        case "ж": return "zh"
        case "з": return "z"
        case "и": return "i"
        case "й": return "y"
        case "к": return "k"
        case "л": return "l"
        case "м": return "m"
        case "н": return "n"
        case "о": return "o"
        case "п": return "p"
        case "р": return "r"
        case "с": return "s"
        case "т": return "t"
        case "у": return "u"
        case "ф": return "f"
        case "х": return "kh"
        case "ц": return "ts"
        case "ч": return "ch"
        case "ш": return "sh"
        case "щ": return "shch"
        case "ъ", "ь": return ""
        case "ы": return "y"
        case "э": return "e"
        case "ю": return "yu"
        case "я": return "ya"
        default: return nil
        }
    }
}
