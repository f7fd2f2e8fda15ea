/// The fuzzy tier's spelling rule: two loose keys (`NameKeys.loose`) one edit apart are the same
/// company when the edit is a plain respelling of a long word, e.g. "ISBIR ELEKTRIK" /
/// "ISHBIR ELEKTRIK", "SUMGAYIT TECHNOLOGIES PARK" / "SUMQAYIT TECHNOLOGIES PARK", or a space
/// ("DEFENSE HERE" / "DEFENSEHERE").
///
/// Short names and short words are left out because there one letter often is the difference
/// between two companies (DEARSAN and DESAN are two shipyards; MKE and MKS, KATIM and KATAM),
/// and digits because numbers name different plants and units ("PLANT NO 5", "PLANT NO 6").
enum OneEditRule {
    /// Whole loose keys shorter than this (in characters, spaces included) never match by an edit.
    static let minimumKeyLength = 10
    /// The word the edit falls in must be at least this long, in both names.
    static let minimumWordLength = 5

    static func allows(_ a: String, _ b: String) -> Bool {
        allows(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func allows(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a.count >= minimumKeyLength, b.count >= minimumKeyLength, isOneEdit(a, b) else { return false }
        let wordsA = a.split(separator: " ", omittingEmptySubsequences: true)
        let wordsB = b.split(separator: " ", omittingEmptySubsequences: true)
        if wordsA.count == wordsB.count {
            // The edit is inside one word: exactly one word differs.
            let differing = zip(wordsA, wordsB).filter { !$0.0.elementsEqual($0.1) }
            guard differing.count == 1, let (wordA, wordB) = differing.first else { return false }
            return isLongPlainWord(wordA) && isLongPlainWord(wordB)
        }
        // A space added or removed: the longer list has two neighbours that make the other's word.
        let (fewer, more) = wordsA.count < wordsB.count ? (wordsA, wordsB) : (wordsB, wordsA)
        guard more.count == fewer.count + 1 else { return false }
        var index = 0
        while index < fewer.count && fewer[index].elementsEqual(more[index]) { index += 1 }
        guard index < fewer.count else { return false }
        let joined = Array(more[index]) + Array(more[index + 1])
        return fewer[index].elementsEqual(joined) && isLongPlainWord(fewer[index])
    }

    /// Whether one substitution, insertion, deletion or swap of neighbours turns `a` into `b`
    /// (optimal string alignment distance 1), in one pass without allocating.
    static func isOneEdit(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        var head = 0
        let shorter = min(a.count, b.count)
        while head < shorter && a[head] == b[head] { head += 1 }
        var tailA = a.count
        var tailB = b.count
        while tailA > head && tailB > head && a[tailA - 1] == b[tailB - 1] {
            tailA -= 1
            tailB -= 1
        }
        // What differs is a[head..<tailA] against b[head..<tailB].
        let differingA = tailA - head
        let differingB = tailB - head
        if differingA + differingB <= 1 { return true } // one insertion or deletion
        if differingA == 1 && differingB == 1 { return true } // one substitution
        return differingA == 2 && differingB == 2 && a[head] == b[head + 1] && a[head + 1] == b[head]
    }

    static func isLongPlainWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        word.count >= minimumWordLength && word.allSatisfy { $0.properties.numericType == nil }
    }
}
