/// The rule deciding whether two exhibitor entries, usually from different editions of a fair,
/// are the same company. Conservative: a wrong merge would put one company's history on another,
/// which is worse for a visitor than two lines for one company. Tiers, strictest first:
///
/// 1. `.exact`: the folded names are equal (`NameKeys.exact`).
/// 2. `.legalFormIgnored`: equal once legal forms at either end are removed, provided something
///    distinctive is left (`NameKeys.legalFormIgnored`).
/// 3. `.fuzzy`: equal sets of words, or the name's own acronym added or left out
///    (`NameKeys.looseWordSet`), or one edit in a long word (`OneEditRule`); only when the
///    countries do not disagree (both known and different blocks it).
///
/// A name that only shares words with another never matches ("ASELSAN" / "ASELSAN KONYA",
/// "ELBIT DEFENCE SYSTEMS" / "RAFAEL DEFENCE SYSTEMS"), nor does a name of generic words only
/// ("DEFENCE SYSTEMS") except exactly. Countries never block the first two tiers: the same name
/// under two countries is one company with a subsidiary or a data-entry slip far more often than
/// two companies. Alternative names count like the name.
///
/// `ExhibitorMatching` applies the same rule to many entries at once by hashing the keys; this
/// type is the rule for one pair, which the table tests pin down.
public enum ExhibitorMatchRule {
    /// The strictest tier on which two names (with their countries) match, or nil.
    public static func match(_ nameA: String, country countryA: String?, _ nameB: String, country countryB: String?) -> ExhibitorMatchKind? {
        match(NameKeys(name: nameA), NameKeys(name: nameB),
              fuzzyAllowed: countriesAllowFuzzy(countryA, countryB))
    }

    /// The strictest tier on which any name of one entry matches any name of the other, or nil.
    public static func match(_ a: EditionEntry, _ b: EditionEntry) -> ExhibitorMatchKind? {
        let fuzzyAllowed = countriesAllowFuzzy(a.country, b.country)
        let keysA = ([a.name] + a.altNames).map(NameKeys.init(name:))
        let keysB = ([b.name] + b.altNames).map(NameKeys.init(name:))
        var best: ExhibitorMatchKind?
        for keyA in keysA {
            for keyB in keysB {
                if let kind = match(keyA, keyB, fuzzyAllowed: fuzzyAllowed) {
                    best = min(best ?? kind, kind)
                }
            }
        }
        return best
    }

    static func match(_ a: NameKeys, _ b: NameKeys, fuzzyAllowed: Bool) -> ExhibitorMatchKind? {
        if !a.exact.isEmpty && a.exact == b.exact { return .exact }
        if let legal = a.legalFormIgnored, legal == b.legalFormIgnored { return .legalFormIgnored }
        guard fuzzyAllowed, let looseA = a.loose, let looseB = b.loose else { return nil }
        if a.looseWordSet == b.looseWordSet || OneEditRule.allows(looseA, looseB) { return .fuzzy }
        return nil
    }

    /// Countries block a fuzzy match only when both are known and differ (case ignored).
    public static func countriesAllowFuzzy(_ a: String?, _ b: String?) -> Bool {
        guard let a = CountryCode.normalised(a), let b = CountryCode.normalised(b) else { return true }
        return a == b
    }
}
