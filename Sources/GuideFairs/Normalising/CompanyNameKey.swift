import GuideModel
import GuideSearch

/// The conservative rule for "the same company spelled differently" within one fair's list.
///
/// Two names are the same company when, after folding, they have the same core and compatible
/// legal forms:
/// - folding ignores case, accents and Turkish/Azerbaijani letters (İ, ı, ə, ş), transliterates
///   Cyrillic, drops dots and apostrophes inside words (`LTD.`, `A.Ş.`), reads `&` as "and",
///   treats every other punctuation mark as a space, and ignores the word "the";
/// - the core is what is left once legal forms at the end are taken off (`LTD`, `LLC`, `GMBH`,
///   `SAS`, `A.Ş.`, `SAN. VE TİC.`, `CLOSED JOINT STOCK COMPANY`...), and the few written first
///   (`AO`, `OOO`, `PJSC`, `PT`), with its words run together, so `DEFENSE HERE` and `DEFENSEHERE`
///   meet;
/// - legal forms are compatible when they are the same, or one name has none (`ELBIT SYSTEMS` and
///   `ELBIT SYSTEMS LTD`); `RÖHM GMBH` and `RÖHM SARL` are two companies.
///
/// Spelling differences beyond that are kept apart (`SUMGAYİT` and `SUMQAYIT`, an acronym added
/// in one entry): merging them would need judgement the guide cannot show its working for.
/// `ExhibitorMerger` also keeps entries apart whose countries differ.
public struct CompanyNameKey: Sendable, Hashable {
    /// The folded name without its legal forms, words run together; empty when nothing is left.
    public let core: String
    /// The legal forms taken off the end, folded, outermost last (`["ltd", "sti"]`).
    public let legalForms: [String]

    public init(_ name: String) {
        var words = Self.words(name)[...]
        // Collected outermost first and reversed once at the end: a name of many forms (hostile
        // data) stays linear, where inserting each at the front would not.
        var trailing: [String] = []
        // Take legal forms off the end, longest first, but never the whole name.
        strip: while words.count > 1 {
            for form in Self.legalFormSequences where form.count < words.count && words.suffix(form.count).elementsEqual(form) {
                trailing.append(form.joined(separator: " "))
                words.removeLast(form.count)
                continue strip
            }
            break
        }
        // Russian, Ukrainian and Indonesian names put the form first (`AO ...`, `PT ...`).
        var leading: [String] = []
        while words.count > 1, let first = words.first, Self.leadingLegalForms.contains(first) {
            leading.append(first)
            words.removeFirst()
        }
        core = words.joined()
        legalForms = leading.reversed() + trailing.reversed()
    }

    /// Whether the two names are the same company by this rule.
    public func isSameCompany(as other: CompanyNameKey) -> Bool {
        !core.isEmpty && core == other.core && (legalForms == other.legalForms || legalForms.isEmpty || other.legalForms.isEmpty)
    }

    /// Folded words (`FairText.words`), every "the" dropped.
    static func words(_ name: String) -> [String] {
        FairText.words(ofFolded: SearchFolding.fold(name)).filter { $0 != "the" }
    }

    /// Legal forms written before the name.
    static let leadingLegalForms: Set<String> = ["ao", "oao", "zao", "pao", "ooo", "jsc", "ojsc", "cjsc", "pjsc", "tov", "pt", "fgup", "fsue"]

    /// Legal forms as folded word sequences, longest first so `co ltd` goes before `ltd`.
    static let legalFormSequences: [[String]] = {
        let forms = [
            // Several words.
            "closed joint stock company", "open joint stock company", "public joint stock company", "joint stock company",
            "limited liability company", "limited liability partnership", "public limited company", "private limited",
            "sanayi ve ticaret", "san ve tic", "ltd sti", "co ltd", "pvt ltd", "pty ltd", "sdn bhd", "sp z oo", "sp z o o",
            "s a", "a s", "s r l", "s p a", "b v", "n v", "a g", "s a s", "s a r l", "s r o", "d o o", "co kg", "gmbh co kg",
            // One word.
            "ltd", "limited", "llc", "llp", "lp", "inc", "incorporated", "corp", "corporation", "plc", "co",
            "gmbh", "mbh", "ag", "kg", "sa", "sas", "sasu", "sarl", "eurl", "spa", "srl", "sl", "slu", "sro", "bv", "nv",
            "ab", "oy", "oyj", "as", "asa", "aps", "jsc", "ojsc", "cjsc", "pjsc", "ooo", "oao", "zao", "pao", "ao",
            "pte", "pty", "pvt", "bhd", "kft", "zrt", "nyrt", "doo", "dd", "ad", "ead", "ood", "lda", "sti", "fze", "fzco",
            "fzllc", "wll", "ou", "uab", "sia", "tov", "kk",
        ]
        return forms.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
    }()
}
