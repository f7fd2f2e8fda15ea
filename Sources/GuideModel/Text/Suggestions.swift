/// "Did you mean" suggestions: the closest candidates by edit distance on folded text.
public enum Suggestions {
    /// The single closest candidate, if it is close enough to be a plausible typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        ranked(word, among: candidates, limit: 1).first
    }

    /// Up to `limit` candidates close to `word`, closest first. A candidate containing the word (or
    /// contained in it) counts as close, so "aselsan" suggests "ASELSAN A.S." too.
    public static func ranked(_ word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(TextFolding.fold(word))
        guard !target.isEmpty else { return [] }
        let threshold = max(1, min(3, target.count / 3))
        var scored: [(score: Int, candidate: String)] = []
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate).inserted {
            let folded = TextFolding.fold(candidate)
            let distance = editDistance(target, Array(folded), limit: threshold)
            if distance <= threshold {
                scored.append((distance, candidate))
            } else if target.count >= 3, folded.contains(String(target)) || String(target).contains(folded) && folded.count >= 3 {
                scored.append((threshold + 1, candidate))
            }
        }
        scored.sort { ($0.score, $0.candidate.count, $0.candidate) < ($1.score, $1.candidate.count, $1.candidate) }
        return scored.prefix(limit).map(\.candidate)
    }

    /// Edit distance where a swap of two neighbouring letters counts as one edit (optimal string
    /// alignment), the commonest typo; gives up (returning `limit + 1`) once it must exceed `limit`.
    public static func editDistance<C: Equatable>(_ a: [C], _ b: [C], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
