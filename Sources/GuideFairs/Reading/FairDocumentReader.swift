import GuideModel

/// Walks a parsed fair document field by field, building the `Fair`: every value read in every
/// shape the dataset uses, each oddity logged. Only a document that is not an object, or whose
/// `exhibitor` is not a list, cannot be understood (then a problem is logged).
struct FairDocumentReader {
    let log: FairReadLog

    /// The fair, or nil when the document cannot be understood.
    func fair(from document: JSONValue) -> Fair? {
        guard let top = FairFields(document, at: .root, log: log) else {
            log.refuse(at: .root, "expected an object (a fair), found \(document.typeName)")
            return nil
        }
        let values = FairValueReader(log: log)
        var fair = Fair()
        fair.name = values.string(top, "name")
        fair.series = values.string(top, "series")
        fair.edition = values.edition(top, "edition")
        fair.aliases = values.strings(top, "alias")
        readDates(top, values: values, into: &fair)
        fair.address = values.address(top, "address")
        fair.country = values.countries(top, "country")
        (fair.website, fair.otherWebsites) = values.websites(top, "website")
        fair.social = values.social(top, "social")
        fair.organisers = values.organisers(top, "organiser")
        fair.exhibitorListURL = values.string(top, "exhibitorListUrl")
        if let listDate = values.dateTime(top, "exhibitorListDate") {
            fair.exhibitorListDateText = listDate.text
            fair.exhibitorListDate = listDate.day
        }
        fair.exhibitorListIncomplete = values.bool(top, "exhibitorListIncomplete")
        fair.online = values.bool(top, "online")
        fair.delegations = values.delegations(top, "delegation")
        fair.otherFields = top.otherKeys(known: FairReader.fairFields)
        if let list = top["exhibitor"] {
            fair.hasExhibitorList = true
            guard case .array(let entries) = list else {
                log.refuse(at: top.path / "exhibitor", "expected a list of exhibitors, found \(list.typeName)")
                return nil
            }
            fair.exhibitors.reserveCapacity(entries.count)
            let listPath = top.path / "exhibitor"
            for (index, entry) in entries.enumerated() {
                if let exhibitor = exhibitor(entry, at: listPath / index, index: index, values: values) {
                    fair.exhibitors.append(exhibitor)
                }
            }
        }
        return fair
    }

    // MARK: - Dates

    /// Exact dates when both are there (an end before the start corrected, see
    /// `FairDateCorrection`); otherwise the approximate date: `approxDate`, else a lone start or
    /// end day, else the edition's year, else the year the file name ends with.
    private func readDates(_ top: FairFields, values: FairValueReader, into fair: inout Fair) {
        fair.startDate = values.date(top, "startDate")
        fair.endDate = values.date(top, "endDate")
        if let start = fair.startDate, let end = fair.endDate, end < start {
            let correction = FairDateCorrection(start: start, end: end)
            fair.startDate = correction.start
            fair.endDate = correction.end
            log.oddity(.dateCorrected, field: "endDate", at: top.path / "endDate", correction.message)
        }
        fair.approxDate = values.string(top, "approxDate")
        guard fair.startDate == nil || fair.endDate == nil else { return }
        if let text = fair.approxDate {
            if let date = ApproximateDate(text: text) {
                fair.approximateDate = date
                return
            }
            if let year = Self.leadingYear(text), let date = ApproximateDate(year: year) {
                fair.approximateDate = date
                log.oddity(.derived, field: "approxDate", at: top.path / "approxDate",
                           "approximate date \(FairQuote.quoted(text)) is not YYYY, YYYY-MM or YYYY-MM-DD: dated to its year, \(year)")
                return
            }
            log.oddity(.dropped, field: "approxDate", at: top.path / "approxDate",
                       "approximate date \(FairQuote.quoted(text)) names no year: kept as written, not used as a date")
        }
        if let day = fair.startDate ?? fair.endDate, let date = ApproximateDate(year: day.year, month: day.month, day: day.day) {
            fair.approximateDate = date
            let (given, missing) = fair.startDate == nil ? ("endDate", "start") : ("startDate", "end")
            log.oddity(.derived, field: given, at: top.path / given, "no \(missing) date: the fair is dated approximately to \(day)")
            return
        }
        // A start or end given only as a year or a month ("2019-09") dates the fair that far.
        for key in ["startDate", "endDate"] {
            guard case .string(let text)? = top[key], let date = ApproximateDate(text: text), date.day == nil else { continue }
            fair.approximateDate = date
            log.oddity(.derived, field: key, at: top.path / key, "no exact dates: the fair is dated approximately to \(FairQuote.quoted(text)), as its \(key) gives it")
            return
        }
        if let edition = fair.edition, let year = Self.leadingYear(edition), let date = ApproximateDate(year: year) {
            fair.approximateDate = date
            log.oddity(.derived, field: "edition", at: top.path / "edition", "no date: the fair is dated approximately to its edition's year, \(year)")
            return
        }
        if let year = Self.fileNameYear(log.file), let date = ApproximateDate(year: year) {
            fair.approximateDate = date
            log.oddity(.derived, field: "(file name)", at: top.path, "no date: the fair is dated approximately to the year its file name ends with, \(year)")
        }
    }

    /// The year a text starts with ("2008 (spring)" -> 2008), when its first four characters are
    /// digits of a year from 1000 and not followed by another digit.
    static func leadingYear(_ text: String) -> Int? {
        let bytes = Array(text.utf8.drop { $0 == 0x20 }.prefix(5))
        guard bytes.count >= 4, bytes[0..<4].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        if bytes.count == 5, (0x30...0x39).contains(bytes[4]) { return nil }
        let year = bytes[0..<4].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return year >= 1000 ? year : nil
    }

    /// `data/adex-2014.json` -> 2014: the year a file's name ends with after a dash.
    static func fileNameYear(_ fileName: String) -> Int? {
        var stem = Substring(FairConverter.baseName(fileName))
        if stem.hasSuffix(".json") { stem = stem.dropLast(5) }
        guard let dash = stem.lastIndex(of: "-") else { return nil }
        let digits = stem[stem.index(after: dash)...]
        guard digits.utf8.count == 4, let year = Int(digits), digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }), year >= 1000 else { return nil }
        return year
    }

    // MARK: - Exhibitors

    private func exhibitor(_ value: JSONValue, at path: JSONPath, index: Int, values: FairValueReader) -> FairExhibitor? {
        guard let fields = FairFields(value, at: path, log: log) else {
            if case .string(let name) = value {
                log.oddity(.derived, field: "exhibitor entry", at: path, "an entry given as a string: read as the exhibitor's name")
                return FairExhibitor(index: index, name: name)
            }
            if value != .null {
                log.oddity(.dropped, field: "exhibitor entry", at: path, "expected an object (an exhibitor), found \(FairValueReader.described(value)); left out")
            } else {
                log.oddity(.dropped, field: "exhibitor entry", at: path, "a null entry; left out")
            }
            return nil
        }
        var exhibitor = FairExhibitor(index: index)
        exhibitor.name = values.string(fields, "name")
        exhibitor.aliases = values.strings(fields, "alias")
        exhibitor.country = values.countries(fields, "country")
        exhibitor.category = values.strings(fields, "category")
        (exhibitor.website, exhibitor.otherWebsites) = values.websites(fields, "website")
        exhibitor.exhibitorURL = values.string(fields, "exhibitorUrl")
        exhibitor.address = values.address(fields, "address")
        exhibitor.telephone = values.strings(fields, "telephone")
        exhibitor.email = values.strings(fields, "email")
        exhibitor.social = values.social(fields, "social")
        exhibitor.otherFields = fields.otherKeys(known: FairReader.exhibitorFields)
        return exhibitor
    }
}
