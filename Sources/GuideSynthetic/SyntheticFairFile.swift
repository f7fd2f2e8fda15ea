/// One fair file of a `SyntheticFairDirectory`: its name, what it holds, and its text, written on
/// demand in chunks (the list's entries are generated when written, not kept).
public struct SyntheticFairFile: Sendable {
    /// `<series-slug>-<year>.json`, unique in the directory.
    public let fileName: String
    /// The series as the file's `series` field names it.
    public var seriesName: String { series.name }
    public let year: Int
    public var edition: String { String(year) }
    /// Whether the file has an `exhibitor` list (fairs without one have dates and venue only).
    public var hasExhibitorList: Bool { plan.kind == .listed }
    /// Whether the file has only an approximate date (`approxDate`), which the guide's reader
    /// refuses: it needs a fair's first and last day.
    public var isUndated: Bool { plan.kind == .undated }
    /// Entries on the list, duplicates included.
    public var entryCount: Int { plan.entryCount }
    /// The pool companies on the list (the truth the names are spelled from), each once.
    public var companyIDs: [Int] { roster.companies }
    /// Companies listed twice, under two spellings.
    public var duplicatedCompanyIDs: [Int] { roster.duplicates }
    /// Of `companyIDs`, how many were on the series' previous list, and how many that list had
    /// (nil for the series' first list).
    public var returningFromPreviousList: Int { roster.returningFromPrevious }
    public var previousListCompanyCount: Int? { roster.previousCompanyCount }

    let series: FairSeriesPlan
    let plan: FairSeriesPlan.Edition
    let roster: SeriesRosters.Roster
    /// The file's place in the directory: its list's random stream.
    let ordinal: Int
    let seed: UInt64
    /// The dataset's rarer shapes this file takes; nil when the directory is written without them.
    let shapes: FairFileShapes?

    init(series: FairSeriesPlan, edition: FairSeriesPlan.Edition, roster: SeriesRosters.Roster, ordinal: Int, seed: UInt64,
         shapes: FairFileShapes? = nil) {
        fileName = series.fileName(edition)
        year = edition.year
        self.series = series
        plan = edition
        self.roster = roster
        self.ordinal = ordinal
        self.seed = seed
        self.shapes = shapes
    }

    /// Streams the file's JSON text (two-space indentation, like the dataset's files) to `output`
    /// in chunks of about 64 KiB.
    public func write(to output: inout some TextOutputStream) {
        var composer = FairComposer(file: self)
        composer.compose { chunk in output.write(chunk) }
    }

    /// The whole file as one string.
    public var text: String {
        var text = ""
        write(to: &text)
        return text
    }
}
