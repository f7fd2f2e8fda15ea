import GuideModel
import GuideNavigation
import GuidePlan
import GuideSearch
import TerminalCanvas

/// The text of the scrollable screens, built at a width. Their heights feed the state machine's
/// scroll limits through `GuideUI.makeContext`.
public enum Documents {
    public static func home(_ catalog: Catalog, now: LocalDateTime, width: Int) -> Document {
        if catalog.isFairCollection, let history = catalog.history { return CatalogueHome.make(catalog, history: history, width: width) }
        let describe = Describe(catalog: catalog)
        let event = catalog.event
        var doc = Document(width: width)
        doc.line(event.name, .bold)
        var rows: [(String, String, Style)] = []
        // Hundreds of fairs open together: the first few, and how many more (H lists them all).
        let shownShows = catalog.shows.count > 10 ? 8 : catalog.shows.count
        for (index, show) in catalog.shows.prefix(shownShows).enumerated() {
            rows.append((index == 0 ? "Shows" : "", show.name + (show.fullName.map { " — " + $0 } ?? ""), .plain))
        }
        if shownShows < catalog.shows.count {
            rows.append(("", "… and \(catalog.shows.count - shownShows) more" + (catalog.history == nil ? "" : " (H lists them by series)"), Theme.dim))
        }
        rows.append(("Dates", describe.eventDates(), .plain))
        let hoursKnown = catalog.shows.contains { !$0.openingHours.isEmpty }
        rows.append(("Hours", hoursKnown ? hoursText(catalog) : "opening hours not published", hoursKnown ? .plain : Theme.notPublished))
        rows.append(("Venue", event.venue.name, .plain))
        rows.append(("Time", catalog.clock.label(on: catalog.firstDay) + " (" + event.timeZoneID + "); every time shown is in it", .plain))
        doc.fields(rows)
        doc.blank()
        doc.paragraph("Keys: 2 exhibitors · 3 categories · 4 halls · 5 schedule · 6 my plan · / search anything · f adds to My plan · ? all keys · Q quit", style: Theme.dim)

        doc.heading("Now")
        let phase = catalog.phase(at: now)
        doc.paragraph(describe.phaseSentence(phase) + ".")
        if case .during = phase {
            let onNow = catalog.programmeOnNow(at: now)
            let next = catalog.programmeUpNext(after: now, limit: 3)
            let untimed = catalog.programme(on: now.date).filter { $0.start == nil }
            doc.paragraph("It is \(now.time), \(catalog.clock.label(on: now.date)).")
            if onNow.isEmpty && next.isEmpty {
                doc.paragraph("No programme item with a published time is on now or later.", style: Theme.dim)
            }
            for item in onNow { doc.bullet("on now: \(describe.itemTime(item))  \(item.title)", style: Theme.now, marker: "▶") }
            for item in next { doc.bullet("next: \(describe.itemDay(item)) \(describe.itemTime(item))  \(item.title)") }
            if !untimed.isEmpty {
                doc.paragraph("Today: \(untimed.count) programme item\(untimed.count == 1 ? "" : "s") whose time is not published (press 5).")
            }
        } else if catalog.programme.isEmpty {
            doc.paragraph("This data has no programme.", style: Theme.dim)
        } else {
            doc.paragraph("Press 5 for the programme; the guide can show any moment with --at (e.g. --at \(catalog.firstDay)T11:00).", style: Theme.dim)
        }

        doc.heading("In the data")
        let listed = catalog.exhibitors.filter(\.listed).count
        var counts = "\(catalog.exhibitors.count) exhibitors"
        if listed != catalog.exhibitors.count {
            counts += " (\(listed) on the organiser's list, \(catalog.exhibitors.count - listed) other organisations reported at the event)"
        }
        counts += ", \(catalog.countries.count) countries, \(catalog.categories.count) categories, \(catalog.products.count) products, \(catalog.programme.count) programme items, \(catalog.halls.count) halls"
        let layouts = catalog.halls.filter(\.hasLayout).count
        counts += layouts == 0 ? " (floor plans not published)." : " (\(layouts) with a floor plan)."
        doc.paragraph(counts)
        for figure in catalog.figures where figure.sourcesDiffer && (figure.show == nil || catalog.show(id: figure.show!) != nil) {
            doc.paragraph(figure.topic + " — sources differ:", style: .bold)
            for value in figure.values {
                doc.bullet(value.value + " " + describe.sourceTags(value.sources))
            }
            break
        }
        if let history = catalog.history, !history.series.isEmpty {
            doc.heading("Editions")
            for series in history.series {
                let parts = series.editions.map { $0.listPublished ? "\($0.name) \($0.listedCount)" : "\($0.name) (list not published)" }
                var line = "\(series.name): " + parts.joined(separator: ", ") + " exhibitors"
                if let last = series.editions.last, last.listPublished, series.editions.count > 1 {
                    line += "; at \(last.name) \(last.newIDs.count) new, \(last.returningIDs.count) returning, "
                        + "\(last.notReturningIDs.count + last.notReturningNames.count) not returning"
                }
                doc.paragraph(line + ".")
            }
            doc.paragraph("Press H for the editions: who is new, who returned, who stayed away, and the countries.", style: Theme.dim)
        }
        doc.heading("About this data")
        doc.paragraph("As of \(event.dataAsOf.longText); \(catalog.sources.count) sources.")
        doc.paragraph(event.notice)
        return doc
    }

    static func hoursText(_ catalog: Catalog) -> String {
        let hours = catalog.shows.flatMap(\.openingHours)
        let distinct = Set(hours.map { "\($0.open)-\($0.close)" })
        if distinct.count == 1, let only = distinct.first { return only + " each day" }
        return hours.sorted { $0.day < $1.day }.map { "\($0.day.shortText) \($0.open)-\($0.close)" }.joined(separator: ", ")
    }

    public static func exhibitor(_ exhibitor: Exhibitor, _ catalog: Catalog, width: Int, plan: Plan? = nil) -> Document {
        let describe = Describe(catalog: catalog)
        var doc = Document(width: width)
        doc.paragraph(exhibitor.name, style: .bold)
        if let plan { planBlock(.exhibitor(exhibitor.id), plan, catalog, into: &doc) }
        var rows: [(String, String, Style)] = []
        if !exhibitor.altNames.isEmpty { rows.append(("Also known as", exhibitor.altNames.joined(separator: "; "), .plain)) }
        rows.append(("Country", exhibitor.country.map { "\(describe.country($0)) (\($0))" } ?? "not given by the sources",
                     exhibitor.country == nil ? Theme.notPublished : .plain))
        rows.append(("Show", describe.shows(exhibitor) + (exhibitor.showNote.map { " — " + $0 } ?? ""), .plain))
        rows.append(("Listed", exhibitor.listed ? "on the organiser's exhibitor list" : "not on the organiser's list; reported at the event by other sources", .plain))
        rows.append(("Kind", describe.kind(exhibitor.kind), .plain))
        rows.append(("Categories", exhibitor.categories.isEmpty ? "none given by the sources" : describe.categories(exhibitor.categories),
                     exhibitor.categories.isEmpty ? Theme.notPublished : .plain))
        rows.append(("Stand", describe.stand(exhibitor.stand), exhibitor.stand == nil ? Theme.notPublished : .plain))
        rows.append(("Website", exhibitor.website ?? "not given", exhibitor.website == nil ? Theme.notPublished : .plain))
        rows.append(("Confidence", exhibitor.confidence.rawValue, .plain))
        if !catalog.editions.isEmpty { rows.append(("Editions", describe.editions(of: exhibitor), .plain)) }
        doc.fields(rows)
        if let description = exhibitor.description {
            doc.heading("About")
            doc.paragraph(description)
        }
        if catalog.isFairCollection {
            // Several fairs open: which ones this company attended, by year.
            let fairs = describe.fairsAttended(by: exhibitor)
            doc.heading("Fairs attended (\(fairs.count))")
            for fair in fairs { doc.bullet(fair) }
        }
        let products = catalog.products(of: exhibitor.id)
        if !products.isEmpty {
            doc.heading("Products shown")
            for product in products {
                doc.bullet(product.name + (product.type.map { " — " + $0 } ?? "") + " " + describe.sourceTags(product.sources))
                if let description = product.description { doc.paragraph(description, style: Theme.dim, indent: 4) }
            }
        }
        let programme = catalog.programme(involving: exhibitor.id)
        if !programme.isEmpty {
            doc.heading("Programme")
            for item in programme {
                doc.bullet("\(describe.itemDay(item)), \(describe.itemTime(item)): \(item.title)")
            }
        }
        sources(exhibitor.sources, describe, into: &doc)
        return doc
    }

    public static func product(_ product: Product, _ catalog: Catalog, width: Int) -> Document {
        let describe = Describe(catalog: catalog)
        var doc = Document(width: width)
        doc.paragraph(product.name, style: .bold)
        var rows: [(String, String, Style)] = []
        if let type = product.type { rows.append(("Type", type, .plain)) }
        if let id = product.exhibitor, let exhibitor = catalog.exhibitor(id: id) {
            rows.append(("Shown by", exhibitor.name + " (Enter opens it)", .plain))
        } else {
            rows.append(("Shown by", product.origin ?? "not stated", product.origin == nil ? Theme.notPublished : .plain))
        }
        rows.append(("Categories", product.categories.isEmpty ? "none given" : describe.categories(product.categories), .plain))
        rows.append(("Confidence", product.confidence.rawValue, .plain))
        doc.fields(rows)
        if let description = product.description {
            doc.heading("Details stated by the sources")
            doc.paragraph(description)
        }
        sources(product.sources, describe, into: &doc)
        return doc
    }

    public static func programmeItem(_ item: ProgrammeItem, _ catalog: Catalog, width: Int, plan: Plan? = nil) -> Document {
        let describe = Describe(catalog: catalog)
        var doc = Document(width: width)
        doc.paragraph(item.title, style: .bold)
        if let plan { planBlock(.programmeItem(item.id), plan, catalog, into: &doc) }
        var rows: [(String, String, Style)] = []
        var when = describe.itemDay(item)
        if let note = item.dayNote { when += " (\(note))" }
        rows.append(("Day", when, item.day == nil ? Theme.notPublished : .plain))
        rows.append(("Time", item.start == nil ? "time not published" : describe.itemTime(item) + ", " + catalog.clock.label(on: item.day ?? catalog.firstDay),
                     item.start == nil ? Theme.notPublished : .plain))
        rows.append(("Place", item.place ?? "not stated", item.place == nil ? Theme.notPublished : .plain))
        rows.append(("Kind", item.kind, .plain))
        rows.append(("Show", item.shows.isEmpty ? "the event as a whole" : item.shows.map { catalog.show(id: $0)?.name ?? $0 }.joined(separator: ", "), .plain))
        if !item.people.isEmpty { rows.append(("People", item.people.joined(separator: "; "), .plain)) }
        if !item.organisations.isEmpty { rows.append(("Organisations", item.organisations.joined(separator: "; "), .plain)) }
        if !item.exhibitors.isEmpty {
            rows.append(("Exhibitors", item.exhibitors.map { catalog.exhibitor(id: $0)?.name ?? $0 }.joined(separator: "; "), .plain))
        }
        rows.append(("Confidence", item.confidence.rawValue, .plain))
        doc.fields(rows)
        if let description = item.description {
            doc.heading("What the sources say")
            doc.paragraph(description)
        }
        sources(item.sources, describe, into: &doc)
        return doc
    }

    /// Under a favourite's title: that it is in My plan, its priority, visit, clashes and note,
    /// in words and symbols (not colour alone).
    static func planBlock(_ item: PlanItem, _ plan: Plan, _ catalog: Catalog, into doc: inout Document) {
        guard let mark = plan.mark(item) else { return }
        var status = "★ In My plan · " + (mark.priority.value == .must ? "must see" : "maybe")
        if case .exhibitor = item { status += mark.visited.value ? " · ✓ stand visited" : " · not visited yet" }
        doc.paragraph(status, style: Theme.favourite)
        if case .programmeItem(let id) = item {
            let items = plan.programme.compactMap { catalog.programmeItem(id: $0) }
            let clashes = PlanConflicts(items: items).clashes(of: id)
            if !clashes.isEmpty {
                let describe = Describe(catalog: catalog)
                let names = clashes.compactMap { catalog.programmeItem(id: $0.itemID) }.map { "\($0.title) (\(describe.itemTime($0)))" }
                doc.paragraph("⚠ Clash: overlaps " + names.joined(separator: "; "), style: Theme.error)
            }
        }
        if !mark.note.value.isEmpty {
            doc.paragraph("Note: " + PlanNote.excerpt(mark.note.value))
        }
        doc.paragraph("f remove · ! priority · e note" + (item.kind == .exhibitor ? " · v visited" : ""), style: Theme.dim)
    }

    static func sources(_ ids: [String], _ describe: Describe, into doc: inout Document) {
        guard !ids.isEmpty else { return }
        doc.heading("Sources")
        for id in ids {
            doc.bullet(describe.source(id), marker: "")
            if let url = describe.catalog.source(id: id)?.url { doc.paragraph(url, style: Theme.dim, indent: 3) }
        }
    }

    public static func help(width: Int) -> Document { helpWithSections(width: width).document }

    /// The help text, and the line where each screen's section starts (its heading), so the help
    /// can open at the keys of the screen it was asked from.
    static func helpWithSections(width: Int) -> (document: Document, sectionLines: [KeyContext: Int]) {
        var sectionLines: [KeyContext: Int] = [:]
        var doc = Document(width: width)
        doc.line("Keys", .bold)
        doc.paragraph("The footer always shows the main keys of the screen you are on. Everything here comes from the same table.", style: Theme.dim)
        for section in Keymap.helpSections where !section.bindings.isEmpty {
            sectionLines[section.context] = doc.height
            doc.heading(section.title)
            let keyWidth = min(22, section.bindings.map { DisplayWidth.of($0.keyText) }.max() ?? 0)
            for binding in section.bindings {
                let keys = TextLayout.pad(binding.keyText, toWidth: keyWidth)
                let available = max(10, width - keyWidth - 4)
                for (index, piece) in TextLayout.wrap(binding.help, width: available).enumerated() {
                    doc.line([Span("  " + (index == 0 ? keys : String(repeating: " ", count: keyWidth)) + "  ", Theme.label), Span(piece)])
                }
            }
        }
        doc.heading("Symbols")
        doc.line("  ★  in My plan          ▶  on now          \u{2014}  not given")
        doc.line("  ✓  stand visited       ⚠  clash (programme favourites overlap)")
        doc.line("  1 2 3  stops of the walking route through a hall, on My plan and on the hall map")
        return (doc, sectionLines)
    }
}
