/// Merges the entries of one fair's list that are the same company spelled differently
/// (`CompanyNameKey`), unless their countries tell them apart. File order decides: an entry
/// joins the first earlier group whose every member it matches, and the group keeps the first
/// entry's place and name.
enum ExhibitorMerger {
    static func merge(_ entries: [NormalisedEntry]) -> (exhibitors: [MergedExhibitor], changes: [FairChange]) {
        var groups: [MergedExhibitor] = []
        var groupsByCore: [String: [Int]] = [:]
        var changes: [FairChange] = []
        for entry in entries {
            let core = entry.key.core
            let candidates = core.isEmpty ? [] : groupsByCore[core, default: []]
            if let target = candidates.first(where: { group in
                groups[group].entries.allSatisfy { $0.key.isSameCompany(as: entry.key) && !$0.isPlacedApart(from: entry) }
            }) {
                let first = groups[target].first
                let message = first.name == entry.name
                    ? "\(FairQuote.quoted(entry.name)) is listed again (first at \(first.path)); merged"
                    : "\(FairQuote.quoted(entry.name)) is the same company as \(first.path) \(FairQuote.quoted(first.name)) (folding case, accents, punctuation and legal forms); merged, this spelling kept as another name"
                changes.append(FairChange(.duplicatesMerged, at: entry.path, message))
                groups[target].entries.append(entry)
            } else {
                if !core.isEmpty { groupsByCore[core, default: []].append(groups.count) }
                groups.append(MergedExhibitor(entries: [entry]))
            }
        }
        return (groups, changes)
    }
}
