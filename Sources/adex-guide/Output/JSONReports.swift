import GuideModel
import GuideSearch

/// The JSON shapes of `--json` output (documented in docs/cli-json.md). Unknown values are
/// `null` rather than missing, so consumers can tell "not published" from a typo in a key.
struct JSONReports {
    let catalog: Catalog

    func ref(_ id: String, _ name: String) -> JSONValue { .dict(["id": .string(id), "name": .string(name)]) }

    func country(_ code: String?) -> JSONValue {
        guard let code else { return .null }
        return .dict(["code": .string(code), "name": .string(catalog.country(code: code)?.name ?? code)])
    }

    func exhibitorSummary(_ e: Exhibitor) -> JSONValue {
        .dict([
            ("id", .string(e.id)),
            ("name", .string(e.name)),
            ("altNames", .strings(e.altNames)),
            ("country", country(e.country)),
            ("shows", .array(e.shows.map { ref($0, catalog.show(id: $0)?.name ?? $0) })),
            ("showNote", .string(e.showNote)),
            ("listed", .bool(e.listed)),
            ("kind", ref(e.kind, catalog.kind(id: e.kind)?.name ?? e.kind)),
            ("categories", .array(e.categories.map { ref($0, catalog.category(id: $0)?.name ?? $0) })),
            ("stand", stand(e.stand)),
            ("website", .string(e.website)),
            ("confidence", .string(e.confidence.rawValue)),
        ] + (catalog.editions.isEmpty ? [] : [
            // Only for catalogs compared with other editions; an empty list means "new".
            ("editions", .array(e.editions.map { attendance in
                .dict([("id", .string(attendance.edition)), ("name", .string(catalog.edition(id: attendance.edition)?.name ?? attendance.edition)),
                       ("listedAs", .string(attendance.nameThere)), ("match", .string(attendance.match.rawValue))])
            })),
        ]) + (catalog.history == nil ? [] : [
            // Only for catalogs of several fairs: every fair the company was listed at, by date.
            ("fairs", .array(e.editions.map { attendance in
                let show = catalog.show(id: attendance.edition)
                return .dict([("id", .string(attendance.edition)), ("name", .string(show?.name ?? attendance.edition)),
                              ("firstDay", .string(show.flatMap { $0.approximateDate == nil ? $0.firstDay.description : nil })),
                              ("approximateDate", .string(show?.approximateDate?.description)),
                              ("listedAs", .string(attendance.nameThere)),
                              ("match", .string(attendance.match.rawValue))])
            })),
        ]))
    }

    func exhibitorDetail(_ e: Exhibitor) -> JSONValue {
        guard case .object(var members) = exhibitorSummary(e) else { return .null }
        members.append(JSONMember(key: "description", value: .string(e.description)))
        members.append(JSONMember(key: "products", value: .array(catalog.products(of: e.id).map(product))))
        members.append(JSONMember(key: "programme", value: .array(catalog.programme(involving: e.id).map(programmeItem))))
        members.append(JSONMember(key: "sources", value: .array(e.sources.map(source))))
        return .object(members)
    }

    func stand(_ ref: StandRef?) -> JSONValue {
        guard let ref else { return .null }
        return .dict(["hall": self.ref(ref.hall, catalog.hall(id: ref.hall)?.name ?? ref.hall), "code": .string(ref.code)])
    }

    func product(_ p: Product) -> JSONValue {
        .dict([
            ("id", .string(p.id)),
            ("name", .string(p.name)),
            ("type", .string(p.type)),
            ("exhibitor", p.exhibitor.map { ref($0, catalog.exhibitor(id: $0)?.name ?? $0) } ?? .null),
            ("origin", .string(p.origin)),
            ("categories", .array(p.categories.map { ref($0, catalog.category(id: $0)?.name ?? $0) })),
            ("description", .string(p.description)),
            ("sources", .strings(p.sources)),
            ("confidence", .string(p.confidence.rawValue)),
        ])
    }

    func programmeItem(_ item: ProgrammeItem) -> JSONValue {
        .dict([
            ("id", .string(item.id)),
            ("title", .string(item.title)),
            ("kind", .string(item.kind)),
            ("shows", .array(item.shows.map { ref($0, catalog.show(id: $0)?.name ?? $0) })),
            ("day", .string(item.day?.description)),
            ("lastDay", .string(item.lastDay?.description)),
            ("dayNote", .string(item.dayNote)),
            ("start", .string(item.start?.description)),
            ("end", .string(item.end?.description)),
            ("place", .string(item.place)),
            ("people", .strings(item.people)),
            ("organisations", .strings(item.organisations)),
            ("exhibitors", .array(item.exhibitors.map { ref($0, catalog.exhibitor(id: $0)?.name ?? $0) })),
            ("description", .string(item.description)),
            ("sources", .strings(item.sources)),
            ("confidence", .string(item.confidence.rawValue)),
        ])
    }

    func source(_ id: String) -> JSONValue {
        guard let s = catalog.source(id: id) else { return .dict(["id": .string(id)]) }
        return .dict([
            ("id", .string(s.id)), ("title", .string(s.title)), ("publisher", .string(s.publisher)),
            ("date", .string(s.date)), ("dateNote", .string(s.dateNote)), ("url", .string(s.url)), ("note", .string(s.note)),
        ])
    }

    func figure(_ f: Figure) -> JSONValue {
        .dict([
            ("id", .string(f.id)),
            ("topic", .string(f.topic)),
            ("show", .string(f.show)),
            ("sourcesDiffer", .bool(f.sourcesDiffer)),
            ("values", .array(f.values.map { v in
                .dict([("value", .string(v.value)), ("count", .int(v.count)), ("note", .string(v.note)),
                       ("sources", .strings(v.sources)), ("confidence", .string(v.confidence.rawValue))])
            })),
        ])
    }

    func phase(_ phase: EventPhase) -> JSONValue {
        switch phase {
        case .before(let days, let first):
            return .dict([("state", .string("before")), ("daysUntilStart", .int(days)), ("firstDay", .string(first.description))])
        case .during(let day, let number, let count):
            return .dict([("state", .string("during")), ("day", .string(day.description)), ("showDay", .int(number)), ("showDays", .int(count))])
        case .after(let last, let daysAgo):
            return .dict([("state", .string("after")), ("lastDay", .string(last.description)), ("daysSinceEnd", .int(daysAgo))])
        }
    }

    func moment(_ local: LocalDateTime) -> JSONValue {
        .dict([("local", .string(local.description)), ("timeZone", .string(catalog.event.timeZoneID)),
               ("label", .string(catalog.clock.label(on: local.date)))])
    }
}
