import ArgumentParser
import Foundation
import GuideFairs
import GuideModel
import GuideUI

/// `adex-guide info`: the event at a glance.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "The event: shows, dates, venue, time zone, counts, what the data covers."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let data = try options.loadData()
        let catalog = data.catalog
        let moment = try options.moment(for: catalog)
        var console = Console.standard()
        if options.json {
            console.printJSON(Self.report(catalog: catalog, moment: moment.local, data: data))
        } else {
            Self.printText(catalog: catalog, moment: moment.local, data: data, to: &console)
        }
        console.flush()
    }

    static func printText(catalog: Catalog, moment: LocalDateTime, data: LoadedDataFile? = nil, to console: inout Console) {
        let describe = Describe(catalog: catalog)
        let event = catalog.event
        let clock = catalog.clock
        console.print(Text.line(event.name))
        var facts: [(String, String)] = []
        // A catalogue of hundreds of fairs names the first few; 'adex-guide editions' lists them all.
        let shownShows = data?.collection != nil && catalog.shows.count > 12 ? 10 : catalog.shows.count
        for (index, show) in catalog.shows.prefix(shownShows).enumerated() {
            var text = show.name
            if let full = show.fullName { text += " — " + full }
            if let theme = show.theme, show.fullName?.localizedLowercaseContains(theme) != true { text += " (\(theme))" }
            facts.append((index == 0 ? "Shows" : "", text))
        }
        if shownShows < catalog.shows.count {
            facts.append(("", "... and \(catalog.shows.count - shownShows) more fairs ('adex-guide editions' lists them by series)"))
        }
        if data?.collection != nil {
            // A catalogue of fairs spans decades and many places: it has no "now" of its own,
            // no opening hours and no one venue or time zone.
            facts.append(("Dates", Self.catalogueSpan(catalog)))
        } else {
            facts.append(("Dates", Self.approximateDates(catalog) ?? describe.eventDates()))
            let hoursKnown = catalog.shows.contains { !$0.openingHours.isEmpty }
            facts.append(("Hours", hoursKnown ? "see 'adex-guide schedule'" : "opening hours not published"))
            var venue = event.venue.name
            if let address = event.venue.address {
                var parts = address.split(whereSeparator: \.isNewline).flatMap { $0.split(separator: ",") }
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                // Addresses often repeat the venue's name as their first line.
                if parts.first.map({ TextFolding.fold($0) == TextFolding.fold(venue) }) == true { parts.removeFirst() }
                if !parts.isEmpty { venue += ", " + parts.joined(separator: ", ") }
            }
            facts.append(("Venue", venue))
            facts.append(("Time zone", "\(event.timeZoneID) (\(clock.label(on: catalog.firstDay)))"))
            // A fair dated only approximately has no days to be before, during or after.
            if Self.approximateDates(catalog) == nil {
                let phase = catalog.phase(at: moment)
                var now = describe.phaseSentence(phase)
                if case .during = phase { now += ", \(moment.time) \(clock.label(on: moment.date))" }
                facts.append(("Now", now))
            }
        }
        // One pass, reading fields in place: copying 150,000 exhibitors (several fairs) takes a while.
        var listed = 0
        var countriesListed = Set<String>()
        for index in catalog.exhibitors.indices where catalog.exhibitors[index].listed {
            listed += 1
            if let country = catalog.exhibitors[index].country { countriesListed.insert(country) }
        }
        let reported = catalog.exhibitors.count - listed
        let listedCountries = countriesListed.count
        var exhibitors = "\(catalog.exhibitors.count) in the data"
        if reported > 0 { exhibitors += ": \(listed) on the organiser's list, \(reported) other organisations reported at the event" }
        exhibitors += "; \(listedCountries) countries on the list"
        facts.append(("Exhibitors", exhibitors))
        let withLayout = catalog.halls.filter(\.hasLayout).count
        let hallText = catalog.halls.isEmpty ? "none in the data" :
            "\(catalog.halls.count)" + (withLayout == 0 ? " (floor plans not published)" : " (\(withLayout) with a floor plan)")
        facts.append(("Also", "\(catalog.products.count) products, \(catalog.programme.count) programme items, \(catalog.categories.count) categories, \(catalog.countries.count) countries, halls: \(hallText)"))
        facts.append(("Data", "as of \(event.dataAsOf.longText); \(catalog.sources.count) sources; file \(catalog.fileName)"))
        if let data { facts += formatFacts(data, fileName: catalog.fileName) }
        if let website = event.website { facts.append(("Website", website)) }
        console.labelled(facts)
        let differing = catalog.figures.filter { $0.show == nil || catalog.show(id: $0.show!) != nil }
        if !differing.isEmpty {
            console.print()
            console.print("Figures (as each source states them):")
            for figure in differing where figure.values.count > 1 || figure.sourcesDiffer {
                console.print("  " + Text.line(figure.topic) + (figure.sourcesDiffer ? " — sources differ" : ""))
                for value in figure.values {
                    console.bullet(value.value + " " + describe.sourceTags(value.sources), indent: 4)
                }
            }
        }
        if let report = data?.conversion, !report.oddities.isEmpty {
            console.print()
            console.print("Read with \(report.oddities.countText):")
            for line in report.oddityLines { console.print("  " + Text.line(line)) }
        }
        console.print()
        console.print("About this data:")
        console.paragraph(event.notice, indent: 2)
    }

    /// Oddity lines `info` prints for a folder of fairs; `--json` has them all.
    static let oddityLinesShown = 30

    /// "1976–2026: 832 fairs, 19 of them dated only by a year, a month or a day".
    static func catalogueSpan(_ catalog: Catalog) -> String {
        guard let span = catalog.yearSpan else { return "none" }
        let approximate = catalog.shows.filter { $0.approximateDate != nil }.count
        var text = span + ": \(catalog.shows.count) \(catalog.shows.count == 1 ? "fair" : "fairs")"
        if approximate > 0 { text += ", \(approximate) of them dated only by a year, a month or a day" }
        return text
    }

    /// For a fair dated only approximately, its date as the source gives it ("September 2016"),
    /// never days that are not known; nil when the shows have days.
    static func approximateDates(_ catalog: Catalog) -> String? {
        guard !catalog.shows.isEmpty, catalog.shows.allSatisfy({ $0.approximateDate != nil }) else { return nil }
        var labels: [String] = []
        for label in catalog.shows.map(\.dateLabel) where !labels.contains(label) { labels.append(label) }
        return labels.joined(separator: "; ") + " (dated only approximately; the days are not known)"
    }

    /// The file's format and, for a converted fair file, what the conversion did and whose data it is.
    static func formatFacts(_ data: LoadedDataFile, fileName: String) -> [(String, String)] {
        var facts = [("Format", data.format.description)]
        if let report = data.conversion {
            facts.append(("Conversion", report.summary + "; 'adex-guide convert \(fileName) --report' lists every change"))
        }
        if let collection = data.collection {
            facts.append(("Fairs", collection.summary))
            facts.append(("Credit", "\(FairSource.datasetName), \(FairSource.datasetURL); each organiser's list as the dataset copied it (see the sources)"))
            for (index, fair) in collection.leftOut.enumerated() {
                facts.append((index == 0 ? "Left out" : "", "\(fair.file): \(fair.reason)"))
            }
            for (index, file) in collection.unreadable.enumerated() {
                let more = file.moreProblems > 0 ? " (and \(file.moreProblems) more)" : ""
                facts.append((index == 0 ? "Unreadable" : "", (file.problems.first ?? file.file) + more))
                for problem in file.problems.dropFirst() { facts.append(("", problem)) }
            }
            if !collection.oddities.isEmpty {
                let count = collection.oddityCount
                let files = collection.oddities.count
                facts.append(("Oddities", "\(LoadProblem.grouped(count)) odd \(count == 1 ? "value" : "values") in \(files) \(files == 1 ? "file" : "files"), each read as its line says (--strict refuses them):"))
                let lines = collection.oddities.flatMap(\.lines)
                for line in lines.prefix(Self.oddityLinesShown) { facts.append(("", line)) }
                if lines.count > Self.oddityLinesShown {
                    facts.append(("", "... and \(lines.count - Self.oddityLinesShown) more lines ('info --json' lists them all; 'convert FILE --report' one file's)"))
                }
            }
        }
        if let provenance = data.provenance {
            var credit = "\(provenance.datasetName), \(provenance.datasetURL), file \(provenance.file)"
            if let url = provenance.exhibitorListURL { credit += "; the organiser's list \(url)" }
            if let date = provenance.exhibitorListDate { credit += ", copied on \(date.longText)" }
            facts.append(("Credit", credit))
        }
        return facts
    }

    static func report(catalog: Catalog, moment: LocalDateTime, data: LoadedDataFile? = nil) -> JSONValue {
        let json = JSONReports(catalog: catalog)
        let event = catalog.event
        let venue: JSONValue = .dict([
            ("name", .string(event.venue.name)), ("address", .string(event.venue.address)),
            ("latitude", event.venue.latitude.map { JSONValue.number($0) } ?? .null),
            ("longitude", event.venue.longitude.map { JSONValue.number($0) } ?? .null),
        ])
        let organisers: [JSONValue] = event.organisers.map { organiser in
            JSONValue.dict([("name", .string(organiser.name)), ("role", .string(organiser.role)), ("sources", .strings(organiser.sources))])
        }
        let eventJSON: JSONValue = .dict([
            ("id", .string(event.id)),
            ("name", .string(event.name)),
            ("venue", venue),
            ("timeZone", .string(event.timeZoneID)),
            ("timeZoneLabel", .string(catalog.clock.label(on: catalog.firstDay))),
            ("firstDay", .string(catalog.firstDay.description)),
            ("lastDay", .string(catalog.lastDay.description)),
            ("dataAsOf", .string(event.dataAsOf.description)),
            ("website", .string(event.website)),
            ("notice", .string(event.notice)),
            ("organisers", .array(organisers)),
        ])
        let shows: [JSONValue] = catalog.shows.map(showJSON)
        let counts: JSONValue = .dict([
            ("exhibitors", .int(catalog.exhibitors.count)),
            ("listedExhibitors", .int(catalog.exhibitors.filter(\.listed).count)),
            ("countries", .int(catalog.countries.count)),
            ("categories", .int(catalog.categories.count)),
            ("halls", .int(catalog.halls.count)),
            ("products", .int(catalog.products.count)),
            ("programmeItems", .int(catalog.programme.count)),
            ("sources", .int(catalog.sources.count)),
        ])
        return .dict([
            ("event", eventJSON),
            ("shows", .array(shows)),
            ("moment", json.moment(moment)),
            ("phase", json.phase(catalog.phase(at: moment))),
            ("counts", counts),
            ("figures", .array(catalog.figures.map(json.figure))),
            ("file", .string(catalog.fileName)),
            ("format", .string((data?.format ?? .adexGuide).rawValue)),
            ("conversion", data?.conversion.map(conversionJSON) ?? .null),
            ("provenance", data?.provenance.map(provenanceJSON) ?? .null),
            ("collection", data?.collection.map(collectionJSON) ?? .null),
        ])
    }

    private static func collectionJSON(_ collection: FairCollectionSummary) -> JSONValue {
        .dict([
            ("dataset", .string(FairSource.datasetName)),
            ("datasetUrl", .string(FairSource.datasetURL)),
            ("fairs", .array(collection.fairs.map { fair in
                .dict([("file", .string(fair.file)), ("show", .string(fair.showID)), ("name", .string(fair.name)),
                       ("series", .string(fair.series)), ("entriesRead", .int(fair.entriesRead)), ("listPublished", .bool(fair.listPublished)),
                       ("exhibitorListUrl", .string(fair.exhibitorListURL)), ("exhibitorListDate", .string(fair.exhibitorListDate?.description))])
            })),
            ("leftOut", .array(collection.leftOut.map { fair in
                .dict([("file", .string(fair.file)), ("name", .string(fair.name)), ("reason", .string(fair.reason))])
            })),
            ("oddityCount", .int(collection.oddityCount)),
            ("oddities", .array(collection.oddities.map { file in
                .dict([("file", .string(file.file)), ("count", .int(file.count)), ("lines", .strings(file.lines))])
            })),
            ("unreadable", .array(collection.unreadable.map { file in
                .dict([("file", .string(file.file)), ("problems", .strings(file.problems)), ("moreProblems", .int(file.moreProblems))])
            })),
            ("entries", .int(collection.entries)),
            ("companies", .int(collection.companies)),
            ("companiesAtSeveralFairs", .int(collection.companiesAtSeveralFairs)),
            ("summary", .string(collection.summary)),
        ])
    }

    private static func conversionJSON(_ report: FairConversionReport) -> JSONValue {
        .dict([
            ("entriesRead", .int(report.entriesRead)),
            ("exhibitorsWritten", .int(report.exhibitorsWritten)),
            ("changes", .int(report.changes.count)),
            ("summary", .string(report.summary)),
            ("oddityCount", .int(report.oddities.count)),
            ("oddities", .array(report.oddityLines.map { .string($0) })),
        ])
    }

    private static func provenanceJSON(_ provenance: FairProvenance) -> JSONValue {
        .dict([
            ("dataset", .string(provenance.datasetName)),
            ("datasetUrl", .string(provenance.datasetURL)),
            ("file", .string(provenance.file)),
            ("exhibitorListUrl", .string(provenance.exhibitorListURL)),
            ("exhibitorListDate", .string(provenance.exhibitorListDate?.description)),
            ("exhibitorListCopied", .string(provenance.exhibitorListDateText)),
        ])
    }

    private static func showJSON(_ show: Show) -> JSONValue {
        let hours: JSONValue = show.openingHours.isEmpty ? .null : .array(show.openingHours.map { hours in
            JSONValue.dict([("day", .string(hours.day.description)), ("open", .string(hours.open.description)),
                            ("close", .string(hours.close.description))])
        })
        return .dict([
            ("id", .string(show.id)), ("name", .string(show.name)), ("fullName", .string(show.fullName)),
            ("edition", .int(show.edition)), ("theme", .string(show.theme)),
            ("firstDay", .string(show.approximateDate == nil ? show.firstDay.description : nil)),
            ("lastDay", .string(show.approximateDate == nil ? show.lastDay.description : nil)),
            ("approximateDate", .string(show.approximateDate?.description)),
            ("dateLabel", .string(show.dateLabel)),
            ("openingHours", hours),
        ])
    }
}

extension String {
    func localizedLowercaseContains(_ other: String) -> Bool {
        TextFolding.fold(self).contains(TextFolding.fold(other))
    }
}
