/// Merges the entries of one fair's list that are the same company spelled differently
/// (`CompanyNameKey`), unless their countries tell them apart; each merge is reported with its
/// evidence, in the words of the matching across fairs (`ExhibitorMatchEvidence`). File order decides: an entry
/// joins the first earlier group whose every member it matches, and the group keeps the first
/// entry's place and name.
///
/// "Every member" is checked against the group's `Signature`, not member by member, so a list
/// that repeats one name 100,000 times merges in linear time. What remains proportional is the
/// number of groups sharing one name, at most the distinct (legal form, country, address country)
/// combinations it is listed with.
enum ExhibitorMerger {
    static func merge(_ entries: [NormalisedEntry]) -> (exhibitors: [MergedExhibitor], changes: [FairChange]) {
        var groups: [MergedExhibitor] = []
        var signatures: [Signature] = []
        var groupsByCore: [String: [Int]] = [:]
        var changes: [FairChange] = []
        for entry in entries {
            let core = entry.key.core
            let candidates = core.isEmpty ? [] : groupsByCore[core, default: []]
            if let target = candidates.first(where: { signatures[$0].admits(entry) }) {
                let first = groups[target].first
                let message = first.name == entry.name
                    ? "\(FairQuote.quoted(entry.name)) is listed again (first at \(first.path)); merged"
                    : "\(FairQuote.quoted(entry.name)) is the same company as \(first.path) \(FairQuote.quoted(first.name)) (\(Self.evidence(first.name, entry.name))); merged, this spelling kept as another name"
                changes.append(FairChange(.duplicatesMerged, at: entry.path, message))
                groups[target].entries.append(entry)
                signatures[target].take(entry)
            } else {
                if !core.isEmpty { groupsByCore[core, default: []].append(groups.count) }
                groups.append(MergedExhibitor(entries: [entry]))
                signatures.append(Signature(entry))
            }
        }
        return (groups, changes)
    }

    /// Why two spellings the merger joined are one company, as the matching's evidence says it:
    /// "certain: same name" (case, accents, punctuation aside), "certain: same name without legal
    /// form", "certain: same name in another spelling (transliteration)", or "certain: same name
    /// once spaces and the word "the" are ignored" ("DEFENSE HERE" / "DEFENSEHERE"), as
    /// `CompanyNameKey` compares them.
    static func evidence(_ first: String, _ other: String) -> String {
        let (a, b) = (NameKeys(name: first), NameKeys(name: other))
        if !a.exact.isEmpty && a.exact == b.exact { return ExhibitorMatchEvidence.sameName.description }
        if a.legalFormIgnored != nil && a.legalFormIgnored == b.legalFormIgnored { return ExhibitorMatchEvidence.sameNameWithoutLegalForm.description }
        if a.spelling != nil && a.spelling == b.spelling { return ExhibitorMatchEvidence(.transliteration, .certain).description }
        return "certain: same name once spaces and the word \"the\" are ignored"
    }

    /// What a group's members agree on. An entry joins only when it matches every member
    /// (`CompanyNameKey.isSameCompany`, `NormalisedEntry.isPlacedApart`): legal forms equal or
    /// one side without, countries and address countries equal or one side unknown. So each of
    /// these is the same for every member that has one, and checking the entry against that one
    /// value is checking it against every member.
    struct Signature: Equatable {
        /// The legal forms of the members that have any.
        var legalForms: [String]?
        /// The country code of the members that have one.
        var country: String?
        /// The address country of the members that have one.
        var addressCountry: String?

        init(_ entry: NormalisedEntry) {
            take(entry)
        }

        /// Whether `entry` matches every member (their names have the same core).
        func admits(_ entry: NormalisedEntry) -> Bool {
            Self.agree(entry.key.legalForms.isEmpty ? nil : entry.key.legalForms, legalForms)
                && Self.agree(entry.country.code, country) && Self.agree(entry.addressCountry, addressCountry)
        }

        mutating func take(_ entry: NormalisedEntry) {
            if legalForms == nil, !entry.key.legalForms.isEmpty { legalForms = entry.key.legalForms }
            if country == nil { country = entry.country.code }
            if addressCountry == nil { addressCountry = entry.addressCountry }
        }

        private static func agree<Value: Equatable>(_ a: Value?, _ b: Value?) -> Bool {
            guard let a, let b else { return true }
            return a == b
        }
    }
}
