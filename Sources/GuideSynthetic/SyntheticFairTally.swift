/// Counts over the files of a `SyntheticFairDirectory` as they are written: what `guide-synth
/// fairs` sums up in one line, and what tests and benchmarks check the directory against.
public struct SyntheticFairTally: Sendable {
    public private(set) var files = 0
    public private(set) var listedFairs = 0
    public private(set) var metadataOnlyFairs = 0
    public private(set) var undatedFairs = 0
    public private(set) var entries = 0
    /// Over every pair of consecutive lists of a series: companies of the earlier list that are on
    /// the later one, and companies of the earlier lists.
    public private(set) var returningCompanies = 0
    public private(set) var previousListCompanies = 0
    private var editionsBySeries: [String: Int] = [:]
    private var companies = Set<Int>()

    public init() {}

    public mutating func add(_ file: SyntheticFairFile) {
        files += 1
        editionsBySeries[file.seriesName, default: 0] += 1
        if file.isUndated {
            undatedFairs += 1
        } else if file.hasExhibitorList {
            listedFairs += 1
            entries += file.entryCount
            companies.formUnion(file.companyIDs)
            if let previous = file.previousListCompanyCount {
                returningCompanies += file.returningFromPreviousList
                previousListCompanies += previous
            }
        } else {
            metadataOnlyFairs += 1
        }
    }

    public var seriesCount: Int { editionsBySeries.count }
    public var fewestEditions: Int { editionsBySeries.values.min() ?? 0 }
    public var mostEditions: Int { editionsBySeries.values.max() ?? 0 }
    /// Pool companies on at least one list.
    public var distinctCompanies: Int { companies.count }

    /// Per mille of a list's companies that are on the series' next list (nil without such pairs).
    public var returnPerMille: Int? {
        previousListCompanies > 0 ? (returningCompanies * 1000 + previousListCompanies / 2) / previousListCompanies : nil
    }

    /// One line for people and scripts: files, entries, series, companies, return rate.
    public func summary(directory: String) -> String {
        var line = "Wrote \(files) fair files to \(directory): \(listedFairs) with exhibitor lists (\(entries) entries, "
            + "\(distinctCompanies) companies), \(metadataOnlyFairs) without"
        if undatedFairs > 0 { line += ", \(undatedFairs) with only an approximate date" }
        let editions = fewestEditions == mostEditions ? "\(mostEditions)" : "\(fewestEditions) to \(mostEditions)"
        line += "; \(seriesCount) series of \(editions) edition\(mostEditions == 1 ? "" : "s")"
        if let rate = returnPerMille {
            line += "; \(rate / 10).\(rate % 10)% of a list's companies are on the series' next list"
        }
        return line
    }
}
