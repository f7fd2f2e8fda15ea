/// The folded names of every entry, interned, and how many editions list each: enough to say,
/// after grouping, on which tier a company's entries at different editions are tied.
struct EntryKeys: Sendable {
    /// Where each entry's names start in `nameIDs` (entry count + 1 values); the first is `name`.
    let nameStart: [Int]
    /// Distinct-name ids of every entry's names (name, then alternative names).
    let nameIDs: [Int32]
    /// Per distinct name: its interned `NameKeys.exact` (-1 when empty) and `legalFormIgnored` (-1 when nil).
    let exactOfName: [Int32]
    let legalOfName: [Int32]
    /// Per interned exact and legal key: the number of different editions whose entries carry it.
    let exactEditionCount: [Int32]
    let legalEditionCount: [Int32]

    /// The strictest tier on which one of these entries (all of one company at one edition)
    /// shares a key with an entry at another edition; nil when none does.
    func recurringKind(ofEntries entries: [Int]) -> ExhibitorMatchKind? {
        var best: ExhibitorMatchKind?
        for entry in entries {
            for slot in nameStart[entry]..<nameStart[entry + 1] {
                let name = Int(nameIDs[slot])
                let exact = exactOfName[name]
                if exact >= 0 && exactEditionCount[Int(exact)] > 1 { return .exact }
                let legal = legalOfName[name]
                if legal >= 0 && legalEditionCount[Int(legal)] > 1 { best = .legalFormIgnored }
            }
        }
        return best
    }
}
