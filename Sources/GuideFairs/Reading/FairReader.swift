import GuideModel

/// Reads a fair file of the CAAT/Omega dataset into a typed `Fair`.
///
/// Bytes are checked as the `adex-guide/1` loader checks them (size, UTF-8, JSON syntax with line
/// and column), with the same messages; a document that is not an object, or whose `exhibitor` is
/// not a list, cannot be understood and is refused. Everything else is read: every field is
/// optional and read in every shape the dataset gives it (a website or an address as one value or
/// a list, a country as an object, a string or a list...); what cannot be read is left out; each
/// oddity is listed as `FILE:JSONPATH: what was done` (`FairReading.oddities`), or in strict mode
/// refuses the file with every one listed. Fields the reader does not know are kept by name for
/// the report, not refused: the dataset adds fields over time.
public enum FairReader {
    static let fairFields: Set<String> = [
        "name", "series", "edition", "alias", "startDate", "endDate", "approxDate", "address", "country",
        "website", "social", "organiser", "exhibitorListUrl", "exhibitorListDate", "exhibitor", "delegation",
        "online", "exhibitorListIncomplete",
    ]
    static let exhibitorFields: Set<String> = [
        "name", "country", "website", "address", "exhibitorUrl", "category", "telephone", "social", "alias", "email",
    ]

    /// Reads the file at `path`; `displayName` is what messages call it (the path by default).
    public static func read(contentsOf path: String, displayName: String? = nil,
                            mode: FairReadMode = .lenient) throws(CatalogLoadError) -> FairReading {
        let name = displayName ?? path
        return try read(bytes: DataFileBytes.read(path, name: name), fileName: name, mode: mode)
    }

    /// Reads a fair file from its bytes.
    public static func read(bytes: [UInt8], fileName: String, mode: FairReadMode = .lenient) throws(CatalogLoadError) -> FairReading {
        try read(document: parse(bytes, fileName: fileName), fileName: fileName, mode: mode)
    }

    /// Reads an already-parsed fair document.
    public static func read(document: JSONValue, fileName: String, mode: FairReadMode = .lenient) throws(CatalogLoadError) -> FairReading {
        let log = FairReadLog(file: fileName, mode: mode)
        let fair = FairDocumentReader(log: log).fair(from: document)
        guard log.problems.isEmpty, let fair else {
            throw .invalid(log.problems)
        }
        return FairReading(fair: fair, oddities: log.oddities)
    }

    /// Parses bytes as JSON, with the `adex-guide/1` loader's words for files that are not JSON.
    static func parse(_ bytes: [UInt8], fileName: String) throws(CatalogLoadError) -> JSONValue {
        if bytes.count > CatalogLoader.maximumFileSize {
            throw .invalid([LoadProblem(file: fileName, location: .file, message: DataFileBytes.tooLarge(bytes.count))])
        }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            let message = bytes.isEmpty ? "file is empty: expected a JSON document"
                : error.message.hasPrefix("invalid UTF-8") ? error.message : "not valid JSON: \(error.message)"
            throw .invalid([LoadProblem(file: fileName, location: .position(line: error.line, column: error.column), message: message)])
        }
    }
}
