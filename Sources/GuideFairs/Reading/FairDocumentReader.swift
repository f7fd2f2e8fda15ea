import GuideModel

/// Walks a parsed fair document field by field, building the `Fair` and logging every value of a
/// type the dataset does not use. Each reader returns nil for a wrong value and carries on.
struct FairDocumentReader {
    let log: FairReadLog

    /// The fair, or nil when the document is not even an object (then a problem is logged).
    func fair(from document: JSONValue) -> Fair? {
        guard let top = FairFields(document, at: .root, what: "a fair", log: log, inEntry: false) else { return nil }
        let values = FairValueReader(log: log, inEntry: false)
        var fair = Fair()
        fair.name = values.string(top, "name")
        fair.series = values.string(top, "series")
        fair.edition = values.edition(top, "edition")
        fair.aliases = values.strings(top, "alias")
        fair.startDate = values.date(top, "startDate")
        fair.endDate = values.date(top, "endDate")
        if let start = fair.startDate, let end = fair.endDate, end < start {
            log.problem(at: top.path / "endDate", "the end date \(end) is before the start date \(start)", inEntry: false)
        }
        fair.approxDate = values.string(top, "approxDate")
        fair.address = values.address(top, "address")
        fair.country = values.countries(top, "country")
        fair.website = values.string(top, "website")
        fair.social = values.social(top, "social")
        fair.organisers = values.organisers(top, "organiser")
        fair.exhibitorListURL = values.string(top, "exhibitorListUrl")
        if let listDate = values.dateTime(top, "exhibitorListDate") {
            fair.exhibitorListDateText = listDate.text
            fair.exhibitorListDate = listDate.day
        }
        fair.exhibitorListIncomplete = values.bool(top, "exhibitorListIncomplete")
        fair.online = values.bool(top, "online")
        // The dataset's delegation entries have no place in adex-guide/1; only their number is
        // kept for the report, whatever their shape.
        if let delegation = top["delegation"] {
            if case .array(let entries) = delegation {
                fair.delegationCount = entries.count
            } else {
                fair.delegationCount = 1
            }
        }
        fair.otherFields = top.otherKeys(known: FairReader.fairFields)
        if let list = top["exhibitor"] {
            fair.hasExhibitorList = true
            if case .array(let entries) = list {
                fair.exhibitors.reserveCapacity(entries.count)
                let listPath = top.path / "exhibitor"
                for (index, entry) in entries.enumerated() {
                    if let exhibitor = exhibitor(entry, at: listPath / index, index: index) {
                        fair.exhibitors.append(exhibitor)
                    }
                }
            } else {
                log.problem(at: top.path / "exhibitor", "expected a list of exhibitors, found \(list.typeName)", inEntry: false)
            }
        }
        return fair
    }

    private func exhibitor(_ value: JSONValue, at path: JSONPath, index: Int) -> FairExhibitor? {
        guard let fields = FairFields(value, at: path, what: "an exhibitor", log: log, inEntry: true) else { return nil }
        let values = FairValueReader(log: log, inEntry: true)
        var exhibitor = FairExhibitor(index: index)
        exhibitor.name = values.string(fields, "name")
        exhibitor.aliases = values.strings(fields, "alias")
        exhibitor.country = values.countries(fields, "country")
        exhibitor.category = values.strings(fields, "category")
        exhibitor.website = values.string(fields, "website")
        exhibitor.exhibitorURL = values.string(fields, "exhibitorUrl")
        exhibitor.address = values.address(fields, "address")
        exhibitor.telephone = values.strings(fields, "telephone")
        exhibitor.email = values.strings(fields, "email")
        exhibitor.social = values.social(fields, "social")
        exhibitor.otherFields = fields.otherKeys(known: FairReader.exhibitorFields)
        return exhibitor
    }
}
