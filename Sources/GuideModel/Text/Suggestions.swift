/// "Did you mean" suggestions: the closest candidates by edit distance on folded text.
///
/// The work of one search is bounded whatever the text: a word longer than any id or name gets no
/// suggestion, candidates too long to be what was meant are skipped unread, the edit distance is
/// computed only in the narrow band a close match can lie in, and the search stops once it has
/// spent `workLimit` units (a unit is one character folded, one cell of the distance table or one
/// character compared), answering with the best found so far.
public enum Suggestions {
    /// Longest word, in UTF-8 bytes, that gets a suggestion. Ids, field names and time zones are
    /// far shorter; a longer text is not a typo of one of them.
    public static let maximumWordLength = 200
    /// Longest candidate, in UTF-8 bytes, that is considered.
    public static let maximumCandidateLength = 400
    /// Most units of work one search spends (see the type's description).
    public static let workLimit = 4_000_000

    /// The single closest candidate, if it is close enough to be a plausible typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        ranked(word, among: candidates, limit: 1).first
    }

    /// Up to `limit` candidates close to `word`, closest first. A candidate containing the word (or
    /// contained in it) counts as close, so "aselsan" suggests "ASELSAN A.S." too.
    public static func ranked(_ word: String, among candidates: [String], limit: Int = 3) -> [String] {
        var work = 0
        return ranked(word, among: candidates, limit: limit, work: &work)
    }

    /// `ranked`, adding the units of work spent to `work`.
    public static func ranked(_ word: String, among candidates: [String], limit: Int = 3, work: inout Int) -> [String] {
        guard word.utf8.count <= maximumWordLength else { return [] }
        work += word.utf8.count
        let targetText = TextFolding.fold(word)
        let target = Array(targetText)
        guard !target.isEmpty else { return [] }
        let threshold = max(1, min(3, target.count / 3))
        let budgetEnd = work + workLimit
        var scored: [(score: Int, candidate: String)] = []
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate).inserted {
            guard work < budgetEnd else { break }
            let length = candidate.utf8.count
            guard length <= maximumCandidateLength else { continue }
            work += length
            let foldedText = TextFolding.fold(candidate)
            let folded = Array(foldedText)
            work += (2 * threshold + 1) * target.count
            let distance = editDistance(target, folded, limit: threshold)
            if distance <= threshold {
                scored.append((distance, candidate))
                continue
            }
            guard target.count >= 3 else { continue }
            work += target.count * folded.count
            if foldedText.contains(targetText) || folded.count >= 3 && targetText.contains(foldedText) {
                scored.append((threshold + 1, candidate))
            }
        }
        scored.sort { ($0.score, $0.candidate.count, $0.candidate) < ($1.score, $1.candidate.count, $1.candidate) }
        return scored.prefix(limit).map(\.candidate)
    }

    /// Edit distance where a swap of two neighbouring letters counts as one edit (optimal string
    /// alignment), the commonest typo; gives up (returning `limit + 1`) once it must exceed `limit`.
    /// Only the cells within `limit` of the diagonal are computed: a path outside them already costs
    /// more than `limit`, so the work is about `(2 * limit + 1) * a.count`, not `a.count * b.count`.
    public static func editDistance<C: Equatable>(_ a: [C], _ b: [C], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let beyond = limit + 1
        // Rows of the table; a cell outside the band holds `beyond`.
        var beforePrevious = [Int](repeating: beyond, count: b.count + 1)
        var previous = [Int](repeating: beyond, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        var current = [Int](repeating: beyond, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[0] = i <= limit ? i : beyond
            if low > 1 { current[low - 1] = beyond }
            var rowMinimum = beyond
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, beforePrevious[j - 2] + 1)
                    }
                    value = min(value, beyond)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
            }
            if high < b.count { current[high + 1] = beyond }
            if rowMinimum > limit && current[0] > limit { return beyond }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return min(previous[b.count], beyond)
    }
}
