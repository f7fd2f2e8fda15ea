import GuideModel

/// The plan as friendly JSON for other programs: names, times, halls and stands written out,
/// `null` where the data does not publish something. This is not the plan file (`PlanFile`),
/// which keeps change times for merging and only ids; this is a snapshot to read, not to load.
///
/// ```json
/// { "format": "adex-guide-plan-export/1", "exported": "2024-09-24T06:30:00.000Z",
///   "event": { "id", "name", "venue", "timeZone", "firstDay", "lastDay" },
///   "programme": [ { "id", "title", "kind", "day", "lastDay", "start", "end", "place", "priority", "note" } ],
///   "exhibitors": [ { "id", "name", "country", "countryName", "hall", "hallName", "stand", "website",
///                     "priority", "visited", "note" } ],
///   "notInData": [ { "kind", "id", "priority", "visited", "note" } ] }
/// ```
/// Days are `YYYY-MM-DD` and times local `HH:MM` in the event's `timeZone`.
public enum PlanJSONExport {
    public static let format = "adex-guide-plan-export/1"

    public static func export(_ plan: Plan, catalog: Catalog, now: Int64) -> PlanExportResult {
        let content = PlanExportContent(plan: plan, catalog: catalog)
        let event = catalog.event
        let programme = content.programme.map { entry -> JSONValue in
            let item = entry.item
            return .dict([
                ("id", .string(item.id)),
                ("title", .string(item.title)),
                ("kind", .string(item.kind)),
                ("day", .string(item.day?.description)),
                ("lastDay", .string(item.lastDay?.description)),
                ("start", .string(item.start?.description)),
                ("end", .string(item.end?.description)),
                ("place", .string(item.place)),
                ("priority", .string(entry.mark.priority.value.rawValue)),
                ("note", .string(entry.mark.note.value)),
            ])
        }
        let exhibitors = content.exhibitors.map { entry -> JSONValue in
            let exhibitor = entry.exhibitor
            return .dict([
                ("id", .string(exhibitor.id)),
                ("name", .string(exhibitor.name)),
                ("country", .string(exhibitor.country)),
                ("countryName", .string(exhibitor.country.flatMap { catalog.country(code: $0)?.name })),
                ("hall", .string(entry.hall?.id)),
                ("hallName", .string(entry.hall?.name)),
                ("stand", .string(entry.hall == nil ? nil : exhibitor.stand?.code)),
                ("website", .string(exhibitor.website)),
                ("priority", .string(entry.mark.priority.value.rawValue)),
                ("visited", .bool(entry.mark.visited.value)),
                ("note", .string(entry.mark.note.value)),
            ])
        }
        let missing = content.missing.map { entry -> JSONValue in
            .dict([
                ("kind", .string(entry.item.kind.rawValue)),
                ("id", .string(entry.item.id)),
                ("priority", .string(entry.mark.priority.value.rawValue)),
                ("visited", .bool(entry.mark.visited.value)),
                ("note", .string(entry.mark.note.value)),
            ])
        }
        let hasDays = !catalog.days.isEmpty
        let root: JSONValue = .dict([
            ("format", .string(format)),
            ("exported", .string(PlanTimestamp.text(now))),
            ("event", .dict([
                ("id", .string(event.id)),
                ("name", .string(event.name)),
                ("venue", .string(event.venue.name)),
                ("timeZone", .string(event.timeZoneID)),
                ("firstDay", .string(hasDays ? catalog.firstDay.description : nil)),
                ("lastDay", .string(hasDays ? catalog.lastDay.description : nil)),
            ])),
            ("programme", .array(programme)),
            ("exhibitors", .array(exhibitors)),
            ("notInData", .array(missing)),
        ])
        return PlanExportResult(format: .json, text: JSONWriter.write(root), notInData: content.missing.map(\.item))
    }
}
