/// The rule deciding whether two exhibitor entries, usually from different editions of a fair,
/// are the same company, and how sure that is. Conservative: a wrong merge would put one company's
/// history on another, which is worse for a visitor than two lines for one company. Tiers,
/// strictest first, each with its level (`MatchLevel`):
///
/// 1. `.exact` (certain): the folded names are equal (`NameKeys.exact`).
/// 2. `.legalFormIgnored` (certain): equal once legal forms at either end are removed, provided
///    something distinctive is left (`NameKeys.legalFormIgnored`).
/// 3. `.transliteration` (certain): equal in Latin letters with romanisation variants absorbed
///    (`NameKeys.spelling`): "РОСОБОРОНЭКСПОРТ" / "Rosoboroneksport".
/// 4. `.acronym` (certain; both countries known and equal): one name gives an acronym for itself, in brackets or as its first or
///    last word, and the other name is only that acronym ("HAVELSAN TEKNOLOJI RADAR (HTR)
///    SANAYI" / "HTR"); in a whole input, only when the names giving it are one company and the
///    sites of the acronym-only entry, if any, include one of theirs.
/// 5. `.brandWord` (certain; a country known on one side at least): one name is the
///    distinctive first word of the other ("RAFAEL" / "RAFAEL ADVANCED DEFENSE SYSTEMS LTD"); in
///    a whole input, only when that word starts one company's names and no other's, no list has
///    both as separate entries, and the short entry's sites, if any, include one of theirs.
/// 6. `.website` (certain; probable across countries): the same registrable domain of a site
///    that is not a shared host (`WebsiteDomain`), in a whole input only a domain of at most three
///    companies, with the same known country, or with a brand word shared whatever the
///    countries (two companies of one group share its site: a site alone is not enough).
/// 7. `.fuzzy` (probable): equal sets of words, or the name's own acronym added or left out
///    (`NameKeys.looseWordSet`), or one edit in a long word (`OneEditRule`).
///
/// Tiers 3 to 7 apply only when the countries do not disagree (both known and different blocks
/// them), the website tier excepted as said. A name that only shares words with another never
/// matches ("ELBIT SYSTEMS" / "ELBIT IMAGING", "ELBIT DEFENCE SYSTEMS" / "RAFAEL DEFENCE
/// SYSTEMS"), nor does a name of generic words only ("DEFENCE SYSTEMS") except exactly, nor a
/// brand word that is generic, common, a place, or followed by a place ("ASELSAN" / "ASELSAN
/// KONYA": a branch). Countries never block the first two tiers: the same name under two
/// countries is one company with a subsidiary or a data-entry slip far more often than two
/// companies. Alternative names count like the name.
///
/// `ExhibitorMatching` applies the same rule to many entries at once by hashing the keys, and adds
/// what only the whole input can tell (a brand word standing for one company, a domain shared by
/// few); this type is the rule for one pair taken as the whole input, which the table tests pin down.
public enum ExhibitorMatchRule {
    /// The strictest tier on which two names (with their countries) match, or nil.
    public static func match(_ nameA: String, country countryA: String?, _ nameB: String, country countryB: String?) -> ExhibitorMatchKind? {
        evidence(EditionEntry(id: "a", name: nameA, country: countryA), EditionEntry(id: "b", name: nameB, country: countryB))?.kind
    }

    /// The strictest tier on which any name of one entry matches any name of the other, or nil.
    public static func match(_ a: EditionEntry, _ b: EditionEntry) -> ExhibitorMatchKind? {
        evidence(a, b)?.kind
    }

    /// The surest evidence that two entries are one company (any of their names, their
    /// websites), or nil.
    public static func evidence(_ a: EditionEntry, _ b: EditionEntry) -> ExhibitorMatchEvidence? {
        let countryA = CountryCode.normalised(a.country)
        let countryB = CountryCode.normalised(b.country)
        let disagree = countryA != nil && countryB != nil && countryA != countryB
        let bothUnknown = countryA == nil && countryB == nil
        let keysA = ([a.name] + a.altNames).map(NameKeys.init(name:))
        let keysB = ([b.name] + b.altNames).map(NameKeys.init(name:))
        var best: ExhibitorMatchEvidence?
        func offer(_ evidence: ExhibitorMatchEvidence?) {
            guard let evidence else { return }
            if best == nil || evidence < best! { best = evidence }
        }
        var shareBrand = false
        for keyA in keysA {
            for keyB in keysB {
                offer(evidence(keyA, keyB, disagree: disagree, bothUnknown: bothUnknown, sameCountry: countryA != nil && countryA == countryB))
                let brandsA = [keyA.brandWord, keyA.singleWord].compactMap { $0 }
                if [keyB.brandWord, keyB.singleWord].contains(where: { $0 != nil && brandsA.contains($0!) }) { shareBrand = true }
            }
        }
        let domainsB = Set(b.websites.compactMap(WebsiteDomain.registrable))
        if let domain = a.websites.compactMap(WebsiteDomain.registrable).first(where: domainsB.contains), (countryA != nil && countryA == countryB) || shareBrand {
            offer(ExhibitorMatchEvidence(.website, disagree ? .probable : .certain, detail: domain))
        }
        return best
    }

    static func evidence(_ a: NameKeys, _ b: NameKeys, disagree: Bool, bothUnknown: Bool, sameCountry: Bool) -> ExhibitorMatchEvidence? {
        if !a.exact.isEmpty && a.exact == b.exact { return .sameName }
        if let legal = a.legalFormIgnored, legal == b.legalFormIgnored { return .sameNameWithoutLegalForm }
        guard !disagree, let looseA = a.loose, let looseB = b.loose else { return nil }
        if let spelling = a.spelling, spelling == b.spelling { return ExhibitorMatchEvidence(.transliteration, .certain) }
        if sameCountry, let acronym = a.acronym, acronym == b.singleWord, isAcronymName(acronym) {
            return ExhibitorMatchEvidence(.acronym, .certain, detail: acronym.uppercased())
        }
        if sameCountry, let acronym = b.acronym, acronym == a.singleWord, isAcronymName(acronym) {
            return ExhibitorMatchEvidence(.acronym, .certain, detail: acronym.uppercased())
        }
        if !bothUnknown, let brand = a.brandWord ?? b.brandWord, brand == b.singleWord || brand == a.singleWord {
            return ExhibitorMatchEvidence(.brandWord, .certain, detail: brand.uppercased())
        }
        if a.looseWordSet == b.looseWordSet {
            return ExhibitorMatchEvidence(.fuzzy, .probable, detail: looseA == looseB ? "the name's own acronym added or left out" : "same words in another order")
        }
        if OneEditRule.allows(looseA, looseB) { return ExhibitorMatchEvidence(.fuzzy, .probable, detail: "one letter apart") }
        return nil
    }

    /// Whether a name that is only this word can stand for an acronym (`NameKeys.isAcronymLike`).
    static func isAcronymName(_ word: String) -> Bool { NameKeys.isAcronymLike(word) }

    /// Countries block the looser tiers only when both are known and differ (case ignored).
    public static func countriesAllowFuzzy(_ a: String?, _ b: String?) -> Bool {
        guard let a = CountryCode.normalised(a), let b = CountryCode.normalised(b) else { return true }
        return a == b
    }
}
