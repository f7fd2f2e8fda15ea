import GuideModel
import GuideSearch

/// Converts a `Fair` into an `adex-guide/1` document: one event with one show, the exhibitor list
/// normalised (whitespace, character references, countries to ISO codes, categories as a
/// taxonomy, duplicate spellings merged) with stable ids, and provenance: the dataset, the
/// organiser's list and the date it was copied. Every change goes into the report with its path.
///
/// What the fair file does not say stays unsaid: no programme, halls, stands or opening hours;
/// the event's notice says the data is an exhibitor list only. A fair dated only approximately
/// (`Fair.approximateDate`) becomes a show with an `approximateDate` instead of days; a fair with
/// no date at all cannot become a show and is refused.
public enum FairConverter {
    /// Source ids in the converted document.
    static let datasetSourceID = "caat-dataset"
    static let listSourceID = "organiser-list"
    /// The one kind: the dataset does not classify exhibitors.
    static let kindID = "not-stated"

    /// Converts what `FairReader` read; the oddities it found start the report.
    public static func convert(_ reading: FairReading, fileName: String) throws(CatalogLoadError) -> FairConversion {
        var conversion = try convert(reading.fair, fileName: fileName)
        conversion.report.oddities = reading.oddities
        return conversion
    }

    public static func convert(_ fair: Fair, fileName: String) throws(CatalogLoadError) -> FairConversion {
        var builder = FairDocumentBuilder(fair: fair, fileName: fileName)
        return try builder.build()
    }

    /// What categories are compared by: folded words (case, accents, punctuation and spacing
    /// ignored) separated by single spaces.
    static func categoryKey(_ name: String) -> String {
        var key = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in SearchFolding.fold(name).unicodeScalars {
            guard FairText.isWordScalar(scalar) else {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace {
                key.append(" ")
                pendingSpace = false
            }
            key.append(scalar)
        }
        return String(key)
    }

    /// `a/b/adex-2024.json` -> `adex-2024.json`.
    static func baseName(_ fileName: String) -> String {
        fileName.split(separator: "/").last.map(String.init) ?? fileName
    }
}
