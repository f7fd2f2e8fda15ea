/// How one list spells one company: the company's name parts put together as that organiser
/// writes names (case, Latin letters only, native script or not), with now and then the
/// respellings that make the same company look different from fair to fair, and the stray
/// whitespace and control characters copied lists carry.
enum ListedName {
    /// A difference from the name as the company writes it.
    enum Respelling: CaseIterable {
        case none
        case legalFormDropped
        case legalFormAdded
        case legalFormRespelled
        case punctuation
        case acronymAdded
        case oneLetterTypo
        case quoted
        /// The Latin form of a name in another script (or the native one in a Latin list).
        case otherScript
        /// Only the brand, the name's first word ("RAFAEL" for "RAFAEL ADVANCED DEFENSE SYSTEMS").
        case brandOnly
        /// Only the name's initials ("HTR"), where other lists add them in brackets.
        case acronymOnly
        /// A romanised name spelled another way ("Rosoboroneksport" for "Rosoboronexport").
        case otherRomanisation

        /// How often each is drawn for an entry, per mille: about one entry in four is respelled.
        var perMille: Int {
            switch self {
            case .none: 0
            case .legalFormDropped: 90
            case .legalFormAdded: 50
            case .legalFormRespelled: 50
            case .punctuation: 30
            case .acronymAdded: 20
            case .oneLetterTypo: 12
            case .quoted: 10
            case .otherScript: 0
            case .brandOnly: 15
            case .acronymOnly: 8
            case .otherRomanisation: 15
            }
        }
    }

    /// A respelling for one entry, drawn with the rates above.
    static func drawRespelling(_ rng: inout SplitMix64) -> Respelling {
        var roll = rng.below(1000)
        for respelling in Respelling.allCases where respelling != .none {
            if roll < respelling.perMille { return respelling }
            roll -= respelling.perMille
        }
        return .none
    }

    /// Respellings tried, in order, for the second entry of a company listed twice in one list.
    static let duplicateRespellings: [Respelling] = [.legalFormDropped, .legalFormAdded, .otherScript, .legalFormRespelled, .acronymAdded, .punctuation, .quoted]

    /// The name as listed, before the list's mess (`messy`) is added.
    static func spell(_ company: FairCompany, style: FairListStyle, respelling: Respelling, rng: inout SplitMix64) -> String {
        var parts = company.name
        let inOwnScript = parts.latin == nil || (style.nativeScripts && !style.asciiOnly)
        let writesLatin = respelling == .otherScript ? inOwnScript : !inOwnScript
        if writesLatin, let latin = parts.latin {
            // A romanised form is used as the dataset has it, legal form included ("AO RYBINSKAIa VERF'").
            parts = CompanyNameParts(core: latin, spaced: false)
        }
        if parts.core.contains("Sanayi ve Ticaret"), rng.chance(perMille: 300) {
            parts.core = parts.core.replacing("Sanayi ve Ticaret", with: "San. ve Tic.")
        }
        switch respelling {
        case .none, .otherScript:
            break
        case .legalFormDropped:
            parts.trailingLegalForm = nil
            if parts.leadingLegalForm != nil {
                parts.leadingLegalForm = nil
                parts.core = parts.core.filter { $0 != "«" && $0 != "»" }
            }
        case .legalFormAdded:
            if parts.trailingLegalForm == nil, parts.leadingLegalForm == nil, parts.spaced {
                parts.trailingLegalForm = LegalForm.usual(for: company.country)
            }
        case .legalFormRespelled:
            if let form = parts.trailingLegalForm { parts.trailingLegalForm = LegalForm.respelled(form, rng: &rng) }
        case .punctuation:
            parts.core = punctuated(parts.core, rng: &rng)
            if let form = parts.trailingLegalForm, rng.chance(perMille: 500) { parts.trailingLegalForm = form.filter { $0 != "." } }
        case .acronymAdded:
            if let acronym = parts.acronym { parts.core += rng.chance(perMille: 700) ? " (\(acronym))" : " - \(acronym)" }
        case .oneLetterTypo:
            parts.core = withTypo(parts.core, rng: &rng)
        case .quoted:
            parts.core = "\"\(parts.core)\""
        case .brandOnly:
            let words = parts.core.split(separator: " ")
            if parts.spaced, words.count >= 2, words[0].count >= 4, ![.chinese, .japanese, .korean].contains(company.language),
               !descriptiveFirstWords.contains(words[0].lowercased()) {
                parts = CompanyNameParts(core: String(words[0]))
            }
        case .acronymOnly:
            if let acronym = parts.acronym, acronym.count >= 3 { parts = CompanyNameParts(core: acronym) }
        case .otherRomanisation:
            if company.name.latin != nil, writesLatin { parts.core = otherRomanisation(parts.core) }
        }
        var name = parts.full
        if style.asciiOnly { name = Slug.plainLatin(name) }
        if style.upperCaseNames { name = name.uppercased() }
        if style.htmlEntities { name = name.replacing("&", with: "&amp;") }
        return name
    }

    /// Per mille of names with stray whitespace, a no-break space, and a control character.
    static let whitespacePerMille = 8
    static let noBreakSpacePerMille = 2
    static let controlCharacterPerMille = 1

    /// `name` with the copying mess of real lists: stray spaces, tabs and newlines, a no-break
    /// space, now and then a C1 control character where a Windows-1252 dash or apostrophe was.
    static func messy(_ name: String, style: FairListStyle, rng: inout SplitMix64) -> String {
        var text = name
        if rng.chance(perMille: whitespacePerMille) {
            switch rng.below(5) {
            case 0: text = " " + text
            case 1: text += " "
            case 2: text = text.replacing(" ", with: "  ", maxReplacements: 1)
            case 3: text += "\n"
            default: text = text.replacing(" ", with: "\t", maxReplacements: 1)
            }
        }
        if rng.chance(perMille: noBreakSpacePerMille) { text = text.replacing(" ", with: "\u{A0}", maxReplacements: 1) }
        if rng.chance(perMille: controlCharacterPerMille) {
            if text.contains("'") {
                text = text.replacing("'", with: "\u{92}", maxReplacements: 1)
            } else {
                text = text.replacing(" ", with: " \u{96} ", maxReplacements: 1)
            }
        }
        if style.trailingSpaces { text += " " }
        return text
    }

    /// First words that say what a company is, not which ("Ateliers Kudrov"): never listed alone.
    static let descriptiveFirstWords: Set<String> = [
        "ateliers", "officine", "société", "societe", "groupe", "compagnie", "établissements", "industrias", "talleres",
        "construcciones", "zakłady", "zaklady", "werke", "fabrika", "kombinat", "konzern", "concern", "dp", "zavod",
    ]

    /// The romanisation variants lists disagree on, one of them changed: "ks" and "x", "kh" and
    /// "h", "y" and "i".
    static func otherRomanisation(_ core: String) -> String {
        for (from, to) in [("ks", "x"), ("x", "ks"), ("kh", "h"), ("Kh", "H"), ("ya", "ia"), ("yu", "iu"), ("y", "i")] where core.contains(from) {
            return core.replacing(from, with: to, maxReplacements: 1)
        }
        return core
    }

    /// One punctuation habit changed: "&" and "and", hyphens, commas, or a hyphen between words.
    private static func punctuated(_ core: String, rng: inout SplitMix64) -> String {
        if core.contains(" & ") { return core.replacing(" & ", with: " and ") }
        if core.contains(" and ") { return core.replacing(" and ", with: " & ") }
        if core.contains("-") { return core.replacing("-", with: " ") }
        if core.contains(",") { return core.filter { $0 != "," } }
        return core.replacing(" ", with: rng.chance(perMille: 500) ? "-" : " - ", maxReplacements: 1)
    }

    /// One letter changed, dropped, doubled or swapped with the next, in a word of six letters or
    /// more, in a name of ten characters or more: the typos the matching's fuzzy tier forgives.
    static func withTypo(_ core: String, rng: inout SplitMix64) -> String {
        guard core.count >= 10 else { return core }
        var words = core.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let candidates = words.indices.filter { index in
            words[index].count >= 6 && words[index].unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
        }
        guard !candidates.isEmpty else { return core }
        let index = rng.pick(candidates)
        var letters = Array(words[index])
        let position = rng.int(in: 1...(letters.count - 2))
        switch rng.below(4) {
        case 0:
            let letter = letters[position]
            let replacement: Character = letter == "z" || letter == "Z" ? (letter == "z" ? "y" : "Y")
                : Character(Unicode.Scalar(letter.unicodeScalars.first!.value + 1)!)
            letters[position] = replacement
        case 1: letters.remove(at: position)
        case 2: letters.insert(letters[position], at: position)
        default: letters.swapAt(position, position + 1)
        }
        words[index] = String(letters)
        return words.joined(separator: " ")
    }
}
