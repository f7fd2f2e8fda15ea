/// A parsed query ready to match: each term with its spellings (a Cyrillic х both ways, and for
/// fuzzy words the domain's synonyms), their letter masks, and whether it may match with a typo.
struct PreparedQuery {
    struct Term {
        var kind: SearchQuery.Kind
        var negated: Bool
        var spellings: [[UInt8]]
        var masks: [UInt64]
        /// One word of four letters or more: eligible for a one-typo match.
        var allowsTypo: Bool

        func rules(approximate: Bool) -> FieldMatcher.Rules {
            FieldMatcher.Rules(kind: kind, allowsTypo: allowsTypo, approximate: approximate)
        }
    }

    /// AND of OR-groups, as in `SearchQuery`.
    let groups: [[Term]]

    init(_ query: SearchQuery) {
        groups = query.groups.map { group in
            group.map { term in
                var spellings = term.spellings
                if term.kind == .fuzzy, !term.negated, let first = term.spellings.first {
                    spellings += Synonyms.alternatives(for: first)
                }
                let main = term.spellings.first ?? []
                return Term(kind: term.kind, negated: term.negated, spellings: spellings,
                            masks: spellings.map(FoldedField.mask(of:)),
                            allowsTypo: term.kind == .fuzzy && main.count >= 4 && !main.contains(0x20))
            }
        }
    }

    /// True when typos or scattered letters could find something the exact tiers did not: a fuzzy
    /// word of four letters or more (shorter ones never match approximately).
    var hasApproximateTerms: Bool {
        groups.contains { group in
            group.contains { term in
                !term.negated && term.kind == .fuzzy && term.spellings.contains { $0.count >= 4 && !$0.contains(0x20) }
            }
        }
    }

    /// The characters of `text` the query's terms match in the folded field, as merged ranges of
    /// `Character`s, for highlighting a shown hit.
    func highlights(in folded: borrowing FoldedField, of text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for group in groups {
            for term in group where !term.negated {
                let rules = term.rules(approximate: true)
                for spelling in term.spellings {
                    if let found = FieldMatcher.match(spelling, rules, in: folded) { ranges += found.ranges.map(folded.scalarRange) }
                }
            }
        }
        return FoldedField.characterRanges(Self.merged(ranges), in: text)
    }

    /// Sorted, overlapping ranges joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
