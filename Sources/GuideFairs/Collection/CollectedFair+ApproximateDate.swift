import GuideModel

extension CollectedFair {
    /// What a fair without exact days is dated by: the reader's `approximateDate` (its `approxDate`
    /// when that is a year, a month or a day, or a year the reader derived and reported); else the year its `approxDate` starts with ("2008?", "2008 (spring)"); else the
    /// year of its edition ("2004"). Nil when none says a year: such a fair cannot be placed
    /// among its series' editions.
    var approximateDateForShow: ApproximateDate? {
        if let approximateDate { return approximateDate }
        if let text = approxDate {
            if let date = ApproximateDate(text: text) { return date }
            let digits = text.utf8.prefix(4)
            if digits.count == 4, digits.allSatisfy({ (0x30...0x39).contains($0) }),
               let year = Int(String(decoding: digits, as: UTF8.self)), let date = ApproximateDate(year: year) {
                return date
            }
        }
        return year.flatMap { ApproximateDate(year: $0) }
    }
}
