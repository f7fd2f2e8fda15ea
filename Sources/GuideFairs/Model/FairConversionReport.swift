/// Everything a conversion changed, in the order it was done, with counts for a summary line; and
/// before that, the oddities reading the file found (`FairReading.oddities`).
public struct FairConversionReport: Sendable, Hashable {
    /// What messages call the fair file.
    public var fileName: String
    /// What reading found in an unusual shape, left out, corrected or derived.
    public var oddities: FairOddities
    public var changes: [FairChange]
    /// Entries in the file's exhibitor list.
    public var entriesRead: Int
    /// Exhibitors in the converted document (after merging duplicates and leaving out unnamed ones).
    public var exhibitorsWritten: Int

    public init(fileName: String, oddities: FairOddities = FairOddities(), changes: [FairChange] = [], entriesRead: Int = 0,
                exhibitorsWritten: Int = 0) {
        self.fileName = fileName
        self.oddities = oddities
        self.changes = changes
        self.entriesRead = entriesRead
        self.exhibitorsWritten = exhibitorsWritten
    }

    /// Values changed in this way (a record standing for several counts each of them).
    public func count(_ kind: FairChange.Kind) -> Int {
        changes.reduce(0) { $0 + ($1.kind == kind ? $1.occurrences : 0) }
    }

    /// Every oddity, then every change, as `FILE:JSONPATH: message`, then the summary.
    public var lines: [String] {
        oddityLines + changes.map { "\(fileName):\($0)" } + ["\(fileName): \(summary)"]
    }

    /// The oddities as `FILE:JSONPATH: what was done` (the first 100 of each kind, the rest counted).
    public var oddityLines: [String] { oddities.lines(file: fileName) }

    /// One sentence: entries in, exhibitors out, and how many changes of each kind.
    public var summary: String {
        var text = "\(entriesRead) \(entriesRead == 1 ? "entry" : "entries") read, \(exhibitorsWritten) \(exhibitorsWritten == 1 ? "exhibitor" : "exhibitors") written"
        // One pass over the changes, however many kinds there are.
        var counts: [FairChange.Kind: Int] = [:]
        for change in changes { counts[change.kind, default: 0] += change.occurrences }
        let counted = FairChange.Kind.allCases.compactMap { kind -> String? in
            let count = counts[kind] ?? 0
            return count == 0 ? nil : Self.label(kind, count: count)
        }
        text += counted.isEmpty ? "; nothing changed" : "; " + counted.joined(separator: ", ")
        if !oddities.isEmpty { text += "; read with \(oddities.countText)" }
        return text
    }

    /// The words for `count` changes of a kind ("1 duplicate entry merged", "3 ...").
    static func label(_ kind: FairChange.Kind, count: Int) -> String {
        let one = count == 1
        let words: String = switch kind {
        case .whitespace: one ? "whitespace fix" : "whitespace fixes"
        case .characterReference: one ? "text with character references decoded" : "texts with character references decoded"
        case .countryMapped: one ? "country mapped from its name" : "countries mapped from their names"
        case .countryUnknown: one ? "unknown country kept as text" : "unknown countries kept as text"
        case .countryDoubtful: one ? "doubtful country" : "doubtful countries"
        case .countryFromAddress: one ? "country taken from the address" : "countries taken from the addresses"
        case .severalCountries: one ? "entry with several countries" : "entries with several countries"
        case .websiteRepaired: one ? "website repaired" : "websites repaired"
        case .singleValue: one ? "single value read as a list" : "single values read as lists"
        case .duplicateOrBlank: one ? "repeated or blank value left out" : "repeated or blank values left out"
        case .duplicatesMerged: one ? "duplicate entry merged" : "duplicate entries merged"
        case .entryLeftOut: one ? "entry left out" : "entries left out"
        case .idAssigned: one ? "id assigned" : "ids assigned"
        case .derived: one ? "value derived" : "values derived"
        case .notCarriedOver: one ? "field not carried over" : "fields not carried over"
        }
        return "\(count) \(words)"
    }
}
