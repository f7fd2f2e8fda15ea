import GuideModel

/// The plan as a file: versioned JSON, one object per marked item, sorted so that two saves of
/// the same plan are the same bytes.
///
/// ```json
/// { "format": "adex-guide-plan/1", "event": "adex-2024", "saved": "2024-09-24T06:30:00.000Z",
///   "items": [ { "kind": "exhibitor", "id": "aselsan", "favourite": true, "priority": "must",
///                "note": "radar demo at 14:00", "visited": false, "added": "...",
///                "changed": { "favourite": "...", "priority": "...", "note": "..." } } ] }
/// ```
/// `changed` holds when each field was last set (fields never set are left out); the merge of two
/// copies needs it. Unknown members are ignored, so a later version can add fields.
public enum PlanFile {
    public static let format = "adex-guide-plan/1"

    public static func encode(_ plan: Plan, savedAt: Int64) -> String {
        let items = plan.marks.sorted { $0.key < $1.key }.map { item, mark -> JSONValue in
            var members: [JSONMember] = [
                JSONMember(key: "kind", value: .string(item.kind.rawValue)),
                JSONMember(key: "id", value: .string(item.id)),
                JSONMember(key: "favourite", value: .bool(mark.favourite.value)),
                JSONMember(key: "priority", value: .string(mark.priority.value.rawValue)),
                JSONMember(key: "note", value: .string(mark.note.value)),
                JSONMember(key: "visited", value: .bool(mark.visited.value)),
            ]
            if mark.added != 0 { members.append(JSONMember(key: "added", value: .string(PlanTimestamp.text(mark.added)))) }
            var changed: [JSONMember] = []
            func stamp(_ name: String, _ at: Int64) {
                if at != 0 { changed.append(JSONMember(key: name, value: .string(PlanTimestamp.text(at)))) }
            }
            stamp("favourite", mark.favourite.at)
            stamp("priority", mark.priority.at)
            stamp("note", mark.note.at)
            stamp("visited", mark.visited.at)
            members.append(JSONMember(key: "changed", value: .object(changed)))
            return .object(members)
        }
        return JSONWriter.write(.object([
            JSONMember(key: "format", value: .string(format)),
            JSONMember(key: "event", value: .string(plan.eventID)),
            JSONMember(key: "saved", value: .string(PlanTimestamp.text(savedAt))),
            JSONMember(key: "items", value: .array(items)),
        ]))
    }

    /// Reads a plan file; `file` names it in errors.
    public static func decode(_ bytes: [UInt8], file: String) throws(PlanFileError) -> Plan {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw PlanFileError(file: file, location: "line \(error.line), column \(error.column)", message: error.message)
        }
        var reader = Reader(file: file)
        return try reader.plan(root)
    }

    private struct Reader {
        let file: String

        func fail(_ path: JSONPath, _ message: String) -> PlanFileError {
            PlanFileError(file: file, location: path.description, message: message)
        }

        func members(_ value: JSONValue, _ path: JSONPath) throws(PlanFileError) -> [String: JSONValue] {
            guard case .object(let members) = value else { throw fail(path, "expected an object, found \(value.typeName)") }
            var byKey: [String: JSONValue] = [:]
            for member in members {
                guard byKey[member.key] == nil else { throw fail(path / member.key, "appears twice") }
                byKey[member.key] = member.value
            }
            return byKey
        }

        func string(_ object: [String: JSONValue], _ key: String, _ path: JSONPath) throws(PlanFileError) -> String? {
            guard let value = object[key], value != .null else { return nil }
            guard case .string(let text) = value else { throw fail(path / key, "expected a string, found \(value.typeName)") }
            return text
        }

        func requiredString(_ object: [String: JSONValue], _ key: String, _ path: JSONPath) throws(PlanFileError) -> String {
            guard let text = try string(object, key, path) else { throw fail(path / key, "is missing") }
            return text
        }

        func bool(_ object: [String: JSONValue], _ key: String, _ path: JSONPath) throws(PlanFileError) -> Bool {
            guard let value = object[key], value != .null else { return false }
            guard case .bool(let flag) = value else { throw fail(path / key, "expected true or false, found \(value.typeName)") }
            return flag
        }

        func time(_ object: [String: JSONValue], _ key: String, _ path: JSONPath) throws(PlanFileError) -> Int64 {
            guard let text = try string(object, key, path) else { return 0 }
            guard let milliseconds = PlanTimestamp.milliseconds(text) else {
                throw fail(path / key, "\"\(text)\" is not a UTC time like 2024-09-24T06:30:00.000Z")
            }
            return milliseconds
        }

        mutating func plan(_ root: JSONValue) throws(PlanFileError) -> Plan {
            let object = try members(root, .root)
            let format = try requiredString(object, "format", .root)
            guard format == PlanFile.format else {
                throw fail(.root / "format", "\"\(format)\" is not a plan format this version reads (\(PlanFile.format))")
            }
            let event = try requiredString(object, "event", .root)
            guard !event.isEmpty else { throw fail(.root / "event", "is empty") }
            guard let itemsValue = object["items"] else { throw fail(.root / "items", "is missing") }
            guard case .array(let items) = itemsValue else {
                throw fail(.root / "items", "expected an array, found \(itemsValue.typeName)")
            }
            var marks: [PlanItem: PlanMark] = [:]
            for (index, value) in items.enumerated() {
                let path = JSONPath.root / "items" / index
                let (item, mark) = try self.item(value, path)
                if let earlier = marks[item] {
                    marks[item] = PlanMark.merged(earlier, mark)
                } else {
                    marks[item] = mark
                }
            }
            return Plan(eventID: event, marks: marks)
        }

        func item(_ value: JSONValue, _ path: JSONPath) throws(PlanFileError) -> (PlanItem, PlanMark) {
            let object = try members(value, path)
            let kindText = try requiredString(object, "kind", path)
            guard let kind = PlanItem.Kind(rawValue: kindText) else {
                throw fail(path / "kind", "\"\(kindText)\" is not exhibitor or programme")
            }
            let id = try requiredString(object, "id", path)
            guard !id.isEmpty else { throw fail(path / "id", "is empty") }
            let priorityText = try string(object, "priority", path) ?? PlanPriority.maybe.rawValue
            guard let priority = PlanPriority(rawValue: priorityText) else {
                throw fail(path / "priority", "\"\(priorityText)\" is not must or maybe")
            }
            let changedPath = path / "changed"
            let changed = try object["changed"].map { value throws(PlanFileError) in try members(value, changedPath) } ?? [:]
            let mark = PlanMark(
                favourite: Stamped(try bool(object, "favourite", path), at: try time(changed, "favourite", changedPath)),
                priority: Stamped(priority, at: try time(changed, "priority", changedPath)),
                note: Stamped(try string(object, "note", path) ?? "", at: try time(changed, "note", changedPath)),
                visited: Stamped(try bool(object, "visited", path), at: try time(changed, "visited", changedPath)),
                added: try time(object, "added", path))
            return (PlanItem(kind: kind, id: id), mark)
        }
    }
}
