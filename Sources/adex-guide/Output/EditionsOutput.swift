import GuideModel
import GuideUI
import TerminalCanvas

/// Text and JSON of `adex-guide editions`: per series a bar chart of exhibitors per edition, a
/// table of new / returning / not returning, and the latest list's countries; for one edition,
/// the names.
struct EditionsOutput {
    let catalog: Catalog
    /// Countries charted by name; the rest are one "other countries" bar.
    static let topCountries = 10

    // MARK: - Text

    /// "held May 2011, list not published": an edition known to have been held, dated as the data
    /// dates it, whose exhibitor list the data does not have.
    static func notPublished(_ edition: SeriesReport.EditionReport) -> String {
        guard let date = edition.dateLabel else { return "list not published" }
        return "held \(date), list not published"
    }

    func printOverview(_ series: [SeriesReport], to console: inout Console) {
        let width = (console.width ?? 80) - 2
        for (index, one) in series.enumerated() {
            if index > 0 { console.print() }
            let withList = one.editions.filter(\.listPublished).count
            console.print("\(one.name): \(count(one.editions.count, "edition")), \(withList) with a published exhibitor list")
            console.print()
            for line in BarChart.lines(one.editions.map { BarChart.Row($0.name, $0.listPublished ? $0.exhibitors.count : nil, unknown: Self.notPublished($0)) },
                                       width: width) {
                console.print("  " + line)
            }
            console.print()
            var table = Table([
                .init(title: "EDITION", flexible: true, minimumWidth: 8), .init(title: "EXHIBITORS", alignRight: true),
                .init(title: "NEW", alignRight: true), .init(title: "RETURNING", alignRight: true),
                .init(title: "NOT RETURNING", alignRight: true), .init(title: "COMPARED WITH", flexible: true, minimumWidth: 8),
            ])
            for edition in one.editions {
                if !edition.listPublished {
                    table.add([edition.name, "-", "-", "-", "-", "(\(Self.notPublished(edition)))"])
                } else if let previous = edition.comparedWith {
                    table.add([edition.name, String(edition.exhibitors.count), String(edition.new.count), String(edition.returning.count),
                               String(edition.notReturning.count), previous.name])
                } else {
                    table.add([edition.name, String(edition.exhibitors.count), "-", "-", "-", "(first published list)"])
                }
            }
            console.print(lines: table.render(width: console.width, indent: 2))
            if let firstListed = one.editions.firstIndex(where: \.listPublished),
               one.editions[firstListed...].contains(where: { !$0.listPublished }) || firstListed > 0 {
                console.print("  New and returning are counted against the published lists only.")
            }
            if let latest = one.latestWithList {
                console.print()
                console.print("  Countries at \(latest.name) (the latest published list)")
                for line in BarChart.lines(countryRows(latest.countries), width: width - 2) { console.print("    " + line) }
            }
        }
        if series.isEmpty { console.print("No fair series in the data.") }
    }

    func printEdition(_ edition: SeriesReport.EditionReport, of series: SeriesReport, lists: EditionsCommand.Lists, to console: inout Console) {
        guard edition.listPublished else {
            console.print("\(edition.name) (\(series.name)): the exhibitor list was not published; there is nothing to compare.")
            return
        }
        var heading = "\(edition.name) (\(series.name)): \(count(edition.exhibitors.count, "exhibitor"))"
        heading += edition.comparedWith.map { "; compared with \($0.name), the previous published list" } ?? "; the first published list of \(series.name)"
        console.print(heading)
        if lists.contains(.new) {
            console.print()
            console.print("New: \(edition.new.count) (on no earlier published list of \(series.name))")
            printMembers(edition.new, earlier: nil, to: &console)
        }
        if lists.contains(.returning) {
            console.print()
            console.print("Returning: \(edition.returning.count) (on an earlier published list of \(series.name))")
            printMembers(edition.returning, earlier: (edition, series), to: &console)
        }
        if lists.contains(.notReturning) {
            console.print()
            let previous = edition.comparedWith?.name ?? "the previous list"
            console.print("Not returning: \(edition.notReturning.count) (on \(previous), not on \(edition.name))")
            printMembers(edition.notReturning, earlier: nil, to: &console)
        }
    }

    private func printMembers(_ members: [SeriesReport.Member], earlier: (SeriesReport.EditionReport, SeriesReport)?,
                              to console: inout Console) {
        guard !members.isEmpty else { return }
        let describe = Describe(catalog: catalog)
        var columns: [Table.Column] = [.init(title: "NAME", flexible: true, minimumWidth: 16), .init(title: "COUNTRY", minimumWidth: 7)]
        if earlier != nil { columns.append(.init(title: "EARLIER LISTING", flexible: true, minimumWidth: 12)) }
        columns.append(.init(title: "ID", minimumWidth: 6))
        var table = Table(columns)
        for member in members {
            var row = [member.name, describe.country(member.country)]
            if let (edition, series) = earlier {
                row.append(earlierListing(of: member, before: edition, in: series).map(listingText) ?? "")
            }
            row.append(member.id ?? "(not in this guide)")
            table.add(row)
        }
        console.print(lines: table.render(width: console.width, indent: 2))
    }

    /// `ADEX 2022 as "ISHBIR ELEKTRIK" (probable: a similar name)`.
    private func listingText(_ listing: (name: String, attendance: EditionAttendance)) -> String {
        var text = listing.name
        let exhibitorsName = listing.attendance.nameThere
        switch listing.attendance.match {
        case .exact: text += " as \"\(exhibitorsName)\""
        case .legalFormIgnored: text += " as \"\(exhibitorsName)\" (another legal form)"
        case .fuzzy: text += " as \"\(exhibitorsName)\" (probable: a similar name)"
        }
        return text
    }

    /// The member's latest listing at an earlier edition of the series, and how sure the match
    /// is. With several fairs, each listing's match is against the company's first fair, so the
    /// weaker of this edition's and the earlier one's stands for the pair.
    func earlierListing(of member: SeriesReport.Member, before edition: SeriesReport.EditionReport,
                        in series: SeriesReport) -> (name: String, attendance: EditionAttendance)? {
        guard let id = member.id, let exhibitor = catalog.exhibitor(id: id) else { return nil }
        guard let position = series.editions.firstIndex(where: { $0.id == edition.id }) else { return nil }
        let earlierIDs = Set(series.editions[..<position].map(\.id))
        guard let earlier = exhibitor.editions.last(where: { earlierIDs.contains($0.edition) }) else { return nil }
        var attendance = earlier
        if let here = exhibitor.editions.first(where: { $0.edition == edition.id }), Self.strength(here.match) > Self.strength(attendance.match) {
            attendance.match = here.match
        }
        let name = series.editions.first { $0.id == earlier.edition }?.name ?? earlier.edition
        return (name, attendance)
    }

    static func strength(_ match: EditionAttendance.Match) -> Int {
        switch match {
        case .exact: 0
        case .legalFormIgnored: 1
        case .fuzzy: 2
        }
    }

    private func countryRows(_ tallies: [CountryTally]) -> [BarChart.Row] {
        let (top, others, unknown) = SeriesReport.topCountries(tallies, count: Self.topCountries)
        var rows = top.map { BarChart.Row(Describe(catalog: catalog).country($0.code), $0.count) }
        if let others { rows.append(BarChart.Row("other countries (\(others.countries))", others.exhibitors)) }
        if let unknown { rows.append(BarChart.Row("country not given", unknown)) }
        return rows
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    // MARK: - JSON

    func overviewJSON(_ series: [SeriesReport]) -> JSONValue {
        .dict([("series", .array(series.map { one in
            .dict([
                ("id", .string(one.id)),
                ("name", .string(one.name)),
                ("editions", .array(one.editions.map(editionCountsJSON))),
                ("countries", one.latestWithList.map(countriesJSON) ?? .null),
            ])
        }))])
    }

    func editionJSON(_ edition: SeriesReport.EditionReport, of series: SeriesReport, lists: EditionsCommand.Lists) -> JSONValue {
        guard case .object(var members) = editionCountsJSON(edition) else { return .null }
        let json = JSONReports(catalog: catalog)
        func member(_ member: SeriesReport.Member, earlier: Bool) -> JSONValue {
            var fields: [(String, JSONValue)] = [("id", .string(member.id)), ("name", .string(member.name)), ("country", json.country(member.country))]
            if earlier {
                fields.append(("earlier", earlierListing(of: member, before: edition, in: series).map { listing in
                    .dict([("id", .string(listing.attendance.edition)), ("name", .string(listing.name)),
                           ("listedAs", .string(listing.attendance.nameThere)), ("match", .string(listing.attendance.match.rawValue))])
                } ?? .null))
            }
            return .dict(fields)
        }
        if lists.contains(.new) { members.append(JSONMember(key: "new", value: .array(edition.new.map { member($0, earlier: false) }))) }
        if lists.contains(.returning) { members.append(JSONMember(key: "returning", value: .array(edition.returning.map { member($0, earlier: true) }))) }
        if lists.contains(.notReturning) {
            members.append(JSONMember(key: "notReturning", value: .array(edition.notReturning.map { member($0, earlier: false) })))
        }
        return .dict([("series", .dict([("id", .string(series.id)), ("name", .string(series.name))])), ("edition", .object(members))])
    }

    private func editionCountsJSON(_ edition: SeriesReport.EditionReport) -> JSONValue {
        let listed = edition.listPublished
        let compared = listed && edition.comparedWith != nil
        return .dict([
            ("id", .string(edition.id)),
            ("name", .string(edition.name)),
            ("year", .int(edition.year)),
            ("listPublished", .bool(listed)),
            ("exhibitors", listed ? .int(edition.exhibitors.count) : .null),
            ("comparedWith", edition.comparedWith.map { .dict([("id", .string($0.id)), ("name", .string($0.name))]) } ?? .null),
            ("counts", compared ? .dict([("new", .int(edition.new.count)), ("returning", .int(edition.returning.count)),
                                         ("notReturning", .int(edition.notReturning.count))]) : .null),
        ])
    }

    private func countriesJSON(_ edition: SeriesReport.EditionReport) -> JSONValue {
        let (top, others, unknown) = SeriesReport.topCountries(edition.countries, count: Self.topCountries)
        let json = JSONReports(catalog: catalog)
        return .dict([
            ("edition", .dict([("id", .string(edition.id)), ("name", .string(edition.name))])),
            ("top", .array(top.map { tally in
                .dict([("country", json.country(tally.code)), ("exhibitors", .int(tally.count))])
            })),
            ("otherCountries", others.map { .dict([("countries", .int($0.countries)), ("exhibitors", .int($0.exhibitors))]) } ?? .null),
            ("withoutCountry", .int(unknown ?? 0)),
        ])
    }
}
