/// The search index's data as flat arrays, with no object per entry: compact (a 100,000-exhibitor
/// show is tens of megabytes), quick to scan on every keystroke, and written to disk as it is for
/// the command line's index cache (`IndexFile`).
///
/// Four levels, each deduplicated, so that work on a keystroke is proportional to what is distinct:
/// - words: every distinct folded word ("aselsan", "radar");
/// - texts: every distinct folded field text, as a list of word ids, plus its acronym;
/// - rows: one per searchable field of an entry (a second one for a Cyrillic х spelled "h"),
///   pointing at its text, with the field's weight and, for display, its label and original string;
/// - entries: exhibitors, products, categories, countries, programme items, in that order and each
///   kind in catalog order, with their rows, ids, titles and the facet values filters look at.
struct IndexTables: Sendable {
    /// Distinct folded words, back to back; word `w` is `wordBytes[wordStarts[w]..<wordStarts[w + 1]]`.
    var wordBytes: [UInt8] = []
    var wordStarts: [Int32] = [0]
    /// Which letters and digits each word holds (`FoldedField.bit`), to skip words quickly.
    var wordMasks: [UInt64] = []

    /// Distinct folded texts as word ids: text `t` is `textWords[textWordStarts[t]..<textWordStarts[t + 1]]`.
    var textWords: [Int32] = []
    var textWordStarts: [Int32] = [0]
    /// The same texts as folded bytes (words separated by single spaces), for terms that span words.
    var textBytes: [UInt8] = []
    var textByteStarts: [Int32] = [0]
    /// Each text's acronym id, or -1 when it has fewer than two words that count (stop words skipped).
    var textAcronyms: [Int32] = []

    /// Distinct acronyms, back to back.
    var acronymBytes: [UInt8] = []
    var acronymStarts: [Int32] = [0]
    /// Which letters each acronym holds, as `wordMasks`.
    var acronymMasks: [UInt64] = []

    /// The inverse lists, so that a rare word leads straight to the few texts and entries holding
    /// it instead of a walk over all of them (`invert()` derives them from the lists above):
    /// word `w` stands in texts `wordTexts[wordTextStarts[w]..<wordTextStarts[w + 1]]`, each as
    /// `text << 2 | place` (place 0: the text's only word, 1: its first, 2: a later one);
    var wordTextStarts: [Int32] = [0]
    var wordTexts: [Int32] = []
    /// acronym `a` belongs to texts `acronymTexts[acronymTextStarts[a]..<acronymTextStarts[a + 1]]`;
    var acronymTextStarts: [Int32] = [0]
    var acronymTexts: [Int32] = []
    /// and text `t` is shown by entries `textEntries[textEntryStarts[t]..<textEntryStarts[t + 1]]`
    /// (ascending; an entry showing it in two fields is listed twice).
    var textEntryStarts: [Int32] = [0]
    var textEntries: [Int32] = []

    /// Per row: its text, its weight (bit 7 set on the alternative Cyrillic spelling), and what to show.
    var rowTexts: [Int32] = []
    var rowWeights: [UInt8] = []
    var rowLabels: [UInt8] = []
    var rowStrings: [Int32] = []

    /// Entry `e` has rows `entryRowStarts[e]..<entryRowStarts[e + 1]`.
    var entryRowStarts: [Int32] = [0]
    var entryKinds: [UInt8] = []
    var entryIDs: [Int32] = []
    var entryTitles: [Int32] = []
    /// Entry `e` has facet values `entryFacets[entryFacetStarts[e]..<entryFacetStarts[e + 1]]`.
    var entryFacetStarts: [Int32] = [0]
    var entryFacets: [Int32] = []

    /// Facet values: which filter field each belongs to, and its id as a string (a country code, a
    /// category id, a date in ISO form...).
    var facetFields: [UInt8] = []
    var facetStrings: [Int32] = []

    /// Original strings (field texts, ids, titles, facet ids), deduplicated.
    var stringBytes: [UInt8] = []
    var stringStarts: [Int32] = [0]

    /// What a row is called when shown, stored in `rowLabels`.
    enum Label: UInt8, CaseIterable {
        case name, alsoKnownAs, stand, product, description, type, shownBy, code, title, people, organisations, place

        var text: String {
            switch self {
            case .name: "name"
            case .alsoKnownAs: "also known as"
            case .stand: "stand"
            case .product: "product"
            case .description: "description"
            case .type: "type"
            case .shownBy: "shown by"
            case .code: "code"
            case .title: "title"
            case .people: "people"
            case .organisations: "organisations"
            case .place: "place"
            }
        }
    }

    /// Flags a row as the alternative spelling of the row before it.
    static let alternativeFlag: UInt8 = 0x80

    var wordCount: Int { wordStarts.count - 1 }
    var textCount: Int { textWordStarts.count - 1 }
    var acronymCount: Int { acronymStarts.count - 1 }
    var rowCount: Int { rowTexts.count }
    var entryCount: Int { entryKinds.count }

    /// Fills the inverse lists from the forward ones (counting sorts: linear, and each list comes
    /// out in ascending order).
    mutating func invert() {
        var places = [Int32]()
        places.reserveCapacity(textWords.count)
        var owners = [Int32]()
        owners.reserveCapacity(textWords.count)
        var lastWordOfText = [Int32](repeating: -1, count: wordCount)
        for text in 0..<textCount {
            let start = Int(textWordStarts[text])
            let end = Int(textWordStarts[text + 1])
            for index in start..<end {
                let word = textWords[index]
                let place: Int32 = end - start == 1 ? 0 : index == start ? 1 : 2
                // A word repeated later in the same text adds nothing new.
                if place == 2 && lastWordOfText[Int(word)] == Int32(text) { continue }
                lastWordOfText[Int(word)] = Int32(text)
                places.append(Int32(text) << 2 | place)
                owners.append(word)
            }
        }
        (wordTextStarts, wordTexts) = Self.group(places, by: owners, groups: wordCount)
        let withAcronym = (0..<textCount).filter { textAcronyms[$0] >= 0 }
        (acronymTextStarts, acronymTexts) = Self.group(withAcronym.map { Int32($0) }, by: withAcronym.map { textAcronyms[$0] }, groups: acronymCount)
        var rowEntries = [Int32](repeating: 0, count: rowCount)
        for entry in 0..<entryCount {
            for row in Int(entryRowStarts[entry])..<Int(entryRowStarts[entry + 1]) { rowEntries[row] = Int32(entry) }
        }
        (textEntryStarts, textEntries) = Self.group(rowEntries, by: rowTexts, groups: textCount)
    }

    /// `values` grouped by `owners` (stable): starts per group, and the values.
    private static func group(_ values: [Int32], by owners: [Int32], groups: Int) -> (starts: [Int32], values: [Int32]) {
        var starts = [Int32](repeating: 0, count: groups + 1)
        for owner in owners { starts[Int(owner) + 1] += 1 }
        for index in 0..<groups { starts[index + 1] += starts[index] }
        var next = starts
        var grouped = [Int32](repeating: 0, count: values.count)
        for (value, owner) in zip(values, owners) {
            grouped[Int(next[Int(owner)])] = value
            next[Int(owner)] += 1
        }
        return (starts, grouped)
    }

    /// What is wrong with tables read from a file, or nil when every count agrees and every id points
    /// inside its table (so no search can read out of bounds, whatever the file held).
    func inconsistency() -> String? {
        func starts(_ starts: [Int32], _ total: Int, _ name: String) -> String? {
            guard let first = starts.first, first == 0, Int(starts.last!) == total else { return "\(name): bad bounds" }
            for index in 1..<starts.count where starts[index] < starts[index - 1] { return "\(name): bounds out of order" }
            return nil
        }
        func within(_ values: [Int32], _ range: Range<Int32>, _ name: String) -> String? {
            values.allSatisfy { range.contains($0) } ? nil : "\(name): id out of range"
        }
        let words = Int32(wordCount)
        let texts = Int32(textCount)
        let acronyms = Int32(acronymCount)
        let entries = Int32(entryCount)
        let strings = Int32(stringStarts.count - 1)
        let facets = Int32(facetFields.count)
        let checks: [String?] = [
            stringStarts.isEmpty ? "strings: no bounds" : nil,
            starts(wordStarts, wordBytes.count, "words"), wordMasks.count == wordCount ? nil : "word masks",
            zip(wordStarts, wordStarts.dropFirst()).allSatisfy { $0 < $1 } ? nil : "words: an empty word",
            starts(textWordStarts, textWords.count, "text words"), starts(textByteStarts, textBytes.count, "text bytes"),
            textByteStarts.count == textWordStarts.count && textAcronyms.count == textCount ? nil : "texts: counts differ",
            within(textWords, 0..<words, "text words"), within(textAcronyms, -1..<acronyms, "text acronyms"),
            starts(acronymStarts, acronymBytes.count, "acronyms"), acronymMasks.count == acronymCount ? nil : "acronym masks",
            wordTextStarts.count == wordStarts.count ? starts(wordTextStarts, wordTexts.count, "word texts") : "word texts: counts differ",
            wordTexts.allSatisfy { $0 >= 0 && $0 >> 2 < texts && $0 & 3 != 3 } ? nil : "word texts: id out of range",
            acronymTextStarts.count == acronymStarts.count ? starts(acronymTextStarts, acronymTexts.count, "acronym texts") : "acronym texts: counts differ",
            within(acronymTexts, 0..<texts, "acronym texts"),
            textEntryStarts.count == textWordStarts.count ? starts(textEntryStarts, textEntries.count, "text entries") : "text entries: counts differ",
            within(textEntries, 0..<entries, "text entries"),
            rowWeights.count == rowCount && rowLabels.count == rowCount && rowStrings.count == rowCount ? nil : "rows: counts differ",
            within(rowTexts, 0..<texts, "row texts"), within(rowStrings, 0..<max(strings, 0), "row strings"),
            rowLabels.allSatisfy { Label(rawValue: $0) != nil } ? nil : "row labels",
            entryRowStarts.count == entryCount + 1 ? starts(entryRowStarts, rowCount, "entry rows") : "entry rows: counts differ",
            // A hit shows its entry's best row, and every entry begins with its title's row.
            zip(entryRowStarts, entryRowStarts.dropFirst()).allSatisfy { $0 < $1 } ? nil : "entries: an entry without rows",
            entryIDs.count == entryCount && entryTitles.count == entryCount ? nil : "entries: counts differ",
            entryKinds.allSatisfy { SearchKind(code: $0) != nil } ? nil : "entry kinds",
            within(entryIDs, 0..<max(strings, 0), "entry ids"), within(entryTitles, 0..<max(strings, 0), "entry titles"),
            entryFacetStarts.count == entryCount + 1 ? starts(entryFacetStarts, entryFacets.count, "entry facets") : "entry facets: counts differ",
            within(entryFacets, 0..<facets, "entry facets"),
            facetStrings.count == facetFields.count ? within(facetStrings, 0..<max(strings, 0), "facet strings") : "facets: counts differ",
            facetFields.allSatisfy { Int($0) < SearchQuery.Field.allCases.count } ? nil : "facet fields",
            stringStarts.isEmpty ? nil : starts(stringStarts, stringBytes.count, "strings"),
        ]
        return checks.lazy.compactMap { $0 }.first
    }

    func string(_ id: Int32) -> String {
        let start = Int(stringStarts[Int(id)])
        let end = Int(stringStarts[Int(id) + 1])
        return stringBytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

}
