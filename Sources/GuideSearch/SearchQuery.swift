/// A parsed search query, in the syntax fzf users already know, plus field filters:
///
/// - words are AND-ed: `turkish drone`
/// - `a | b` means a OR b (binding the words on either side, as in fzf)
/// - `'exact` matches the text exactly (no typo tolerance, no scattered letters)
/// - `^prefix` and `suffix$` match the start or end of a name
/// - `!word` excludes items containing the word (also `!^prefix`, `!suffix$`)
/// - `country:tr`, `category:uav`, `show:securex`, `hall:2`, `day:25`, `kind:media` filter by field
public struct SearchQuery: Sendable, Hashable {
    /// How a term must match.
    public enum Kind: Sendable, Hashable {
        /// Ranked: whole words, prefixes, substrings, acronyms, one typo, scattered letters.
        case fuzzy
        /// The folded text must contain the term.
        case exact
        /// A name (field) must start with it.
        case prefix
        /// A name (field) must end with it.
        case suffix
    }

    /// One word of the query.
    public struct Term: Sendable, Hashable {
        public var kind: Kind
        public var negated: Bool
        /// Folded spellings to try (a Cyrillic х can be "kh" or "h"); the first is the main one.
        public var spellings: [[UInt8]]

        public var text: String { String(decoding: spellings.first ?? [], as: UTF8.self) }
    }

    /// The field a filter looks at.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case country, category, show, hall, day, kind
    }

    /// `field:value`.
    public struct Filter: Sendable, Hashable {
        public var field: Field
        /// Folded value.
        public var value: String
    }

    /// AND of OR-groups of terms.
    public var groups: [[Term]]
    public var filters: [Filter]

    /// True when nothing was typed that could match.
    public var isEmpty: Bool { groups.isEmpty && filters.isEmpty }

    public static func parse(_ text: String) -> SearchQuery {
        var groups: [[Term]] = []
        var filters: [Filter] = []
        var pendingOr = false
        for rawToken in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let token = String(rawToken)
            if token == "|" {
                pendingOr = !groups.isEmpty
                continue
            }
            if let filter = parseFilter(token) {
                filters.append(filter)
                pendingOr = false
                continue
            }
            guard let term = parseTerm(token) else { continue }
            if pendingOr, !groups.isEmpty {
                groups[groups.count - 1].append(term)
            } else {
                groups.append([term])
            }
            pendingOr = false
        }
        return SearchQuery(groups: groups, filters: filters)
    }

    static func parseFilter(_ token: String) -> Filter? {
        guard let colon = token.firstIndex(of: ":") else { return nil }
        let name = SearchFolding.fold(token[..<colon])
        let value = SearchFolding.fold(token[token.index(after: colon)...])
        guard let field = Field(rawValue: name), !value.isEmpty else { return nil }
        return Filter(field: field, value: value)
    }

    static func parseTerm(_ token: String) -> Term? {
        var body = Substring(token)
        var negated = false
        var kind = Kind.fuzzy
        if body.hasPrefix("!") {
            negated = true
            kind = .exact
            body = body.dropFirst()
        }
        if body.hasPrefix("'") {
            kind = .exact
            body = body.dropFirst()
            if body.hasSuffix("'") { body = body.dropLast() }
        } else if body.hasPrefix("^") {
            kind = .prefix
            body = body.dropFirst()
        } else if body.hasSuffix("$"), body.count > 1 {
            kind = .suffix
            body = body.dropLast()
        }
        // Folded words of the term, joined by single spaces (punctuation inside a word is dropped,
        // as it is in the index: "f-16" finds "F16" and "F-16").
        let spellings = SearchFolding.spellings(body).map { Array($0.utf8) }.filter { !$0.isEmpty }
        guard !spellings.isEmpty else { return nil }
        return Term(kind: kind, negated: negated, spellings: spellings)
    }
}
