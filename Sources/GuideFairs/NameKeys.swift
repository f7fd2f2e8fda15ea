/// The keys one exhibitor name is matched by, one per tier of the matching rule (see
/// `ExhibitorMatchRule`). Two names agree on a tier when their keys for it are equal, so matching
/// many names is hashing, not comparing every pair.
public struct NameKeys: Sendable, Equatable, Hashable {
    /// Folded words joined by single spaces (`NameTokenizer`): case, accents, punctuation, quotes
    /// and spacing ignored, `&` read as "and". Empty when the name has no letters or digits, and
    /// then it matches nothing.
    public let exact: String
    /// `exact` without legal forms at its start and end (`JSC`, `LTD`, `A.Ş.`, `CO., LTD.`,
    /// `SANAYI VE TICARET A.Ş.`) and without a leading "the"; nothing is reordered. Nil when nothing
    /// distinctive is left (`NameWordLists.generic`): "DEFENCE SYSTEMS LTD" is not evidence enough.
    public let legalFormIgnored: String?
    /// `legalFormIgnored` without the name's own acronym at its start or end ("PAKISTAN AERONAUTICAL
    /// COMPLEX (PAC)", "IAI - ISRAEL AEROSPACE INDUSTRIES"): compared by one edit (fuzzy tier).
    public let loose: String?
    /// The distinct words of `loose` without joining words (the, of, and...), sorted: equal sets
    /// are a fuzzy match ("MINISTRY OF DEFENSE OF THE REPUBLIC" / "MINISTRY OF THE DEFENSE OF THE
    /// REPUBLIC", "CONCERN KALASHNIKOV" / "KALASHNIKOV CONCERN").
    public let looseWordSet: String?

    public init(name: String) {
        let words = NameTokenizer.words(of: name)
        exact = words.joined(separator: " ")
        let withoutLegalForm = Self.withoutLegalForms(words)
        guard Self.isDistinctive(withoutLegalForm) else {
            legalFormIgnored = nil
            loose = nil
            looseWordSet = nil
            return
        }
        legalFormIgnored = withoutLegalForm.joined(separator: " ")
        let looseWords = Self.withoutOwnAcronym(withoutLegalForm)
        loose = looseWords.joined(separator: " ")
        let significant = Set(looseWords.filter { !NameWordLists.joiningWords.contains($0) })
        looseWordSet = significant.sorted().joined(separator: " ")
    }

    /// Removes legal forms (longest first) and a leading "the" from both ends, until none is left
    /// there. A name that is only a legal form ("AS") comes back empty.
    static func withoutLegalForms(_ words: [String]) -> [String] {
        var start = 0
        var end = words.count
        while start < end {
            if NameWordLists.leadingNoise.contains(words[start]) {
                start += 1
            } else if let form = NameWordLists.legalFormsByFirstWord[words[start]]?.first(where: {
                $0.count <= end - start && words[start..<(start + $0.count)].elementsEqual($0)
            }) {
                start += form.count
            } else if let form = NameWordLists.legalFormsByLastWord[words[end - 1]]?.first(where: {
                $0.count <= end - start && words[(end - $0.count)..<end].elementsEqual($0)
            }) {
                end -= form.count
            } else {
                break
            }
        }
        return Array(words[start..<end])
    }

    /// Whether the words say which company is meant: at least one word that is neither generic
    /// nor joining, and at least two letters or digits in all.
    static func isDistinctive(_ words: [String]) -> Bool {
        var distinctive = false
        var length = 0
        for word in words {
            length += word.unicodeScalars.count
            if !NameWordLists.generic.contains(word) && !NameWordLists.joiningWords.contains(word) {
                distinctive = true
            }
        }
        return distinctive && length >= 2
    }

    /// Drops a first or last word that is the initials of the other words (joining words skipped
    /// or not), when at least two words remain: an acronym of the name adds nothing to it.
    static func withoutOwnAcronym(_ words: [String]) -> [String] {
        guard words.count >= 3 else { return words }
        if isAcronym(words[0], of: words[1...]) { return Array(words.dropFirst()) }
        if isAcronym(words[words.count - 1], of: words[..<(words.count - 1)]) { return Array(words.dropLast()) }
        return words
    }

    static func isAcronym(_ candidate: String, of words: ArraySlice<String>) -> Bool {
        let letters = Array(candidate.unicodeScalars)
        guard letters.count >= 2, letters.allSatisfy({ $0.properties.isAlphabetic }) else { return false }
        let allInitials = words.compactMap(\.unicodeScalars.first)
        let significantInitials = words.filter { !NameWordLists.joiningWords.contains($0) }.compactMap(\.unicodeScalars.first)
        return letters == significantInitials || letters == allInitials
    }
}
