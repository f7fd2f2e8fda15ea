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

    /// The largest plan file read or written: 64 MiB. A plan holds what one visitor marked, about
    /// 300 bytes an item as written, so this is some 200,000 items, a hundred times the
    /// exhibitors and programme items of the largest shows; reading one this size takes about a
    /// second. The bound keeps a file that is not a plan (a link to `/dev/zero`, a huge sparse
    /// file) from filling memory; a larger file is refused and left as it is, and a save that
    /// would pass it is refused, so nothing written is ever unreadable.
    public static let maximumSize = 64 * 1024 * 1024

    public static func encode(_ plan: Plan, savedAt: Int64) -> String {
        String(decoding: bytes(plan, savedAt: savedAt), as: UTF8.self)
    }

    /// The file's bytes: the same text `JSONWriter` writes for the plan as a `JSONValue` (two-space
    /// indentation, members in a fixed order), written straight out, since a plan can hold
    /// hundreds of thousands of items.
    public static func bytes(_ plan: Plan, savedAt: Int64) -> [UInt8] {
        var out = Output()
        out.bytes.reserveCapacity(256 + plan.marks.count * 320)
        out.raw("{\n  \"format\": ")
        out.string(format)
        out.raw(",\n  \"event\": ")
        out.string(plan.eventID)
        out.raw(",\n  \"saved\": ")
        out.stamp(savedAt)
        out.raw(",\n  \"items\": ")
        let items = plan.sortedItems
        if items.isEmpty {
            out.raw("[]")
        } else {
            out.raw("[")
            for (index, item) in items.enumerated() {
                out.raw(index == 0 ? "\n    {\n      \"kind\": " : ",\n    {\n      \"kind\": ")
                let mark = plan.marks[item]!
                out.string(item.kind.rawValue)
                out.raw(",\n      \"id\": ")
                out.string(item.id)
                out.raw(mark.favourite.value ? ",\n      \"favourite\": true" : ",\n      \"favourite\": false")
                out.raw(",\n      \"priority\": ")
                out.string(mark.priority.value.rawValue)
                out.raw(",\n      \"note\": ")
                out.string(mark.note.value)
                out.raw(mark.visited.value ? ",\n      \"visited\": true" : ",\n      \"visited\": false")
                if mark.added != 0 {
                    out.raw(",\n      \"added\": ")
                    out.stamp(mark.added)
                }
                out.raw(",\n      \"changed\": ")
                var first = true
                for (name, at) in [("favourite", mark.favourite.at), ("priority", mark.priority.at), ("note", mark.note.at),
                                   ("visited", mark.visited.at)] where at != 0 {
                    out.raw(first ? "{\n        \"" : ",\n        \"")
                    out.raw(name)
                    out.raw("\": ")
                    out.stamp(at)
                    first = false
                }
                out.raw(first ? "{}\n    }" : "\n      }\n    }")
            }
            out.raw("\n  ]")
        }
        out.raw("\n}\n")
        return out.bytes
    }

    /// The bytes of a plan file as they are written.
    private struct Output {
        var bytes: [UInt8] = []

        mutating func raw(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func raw(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        mutating func stamp(_ milliseconds: Int64) {
            bytes.append(UInt8(ascii: "\""))
            PlanTimestamp.append(milliseconds, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }

        /// A JSON string: printable ASCII without quotes or backslashes as it is (nearly every
        /// string in a plan), anything else escaped by `JSONWriter`, so the rules are its own.
        mutating func string(_ text: String) {
            if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
                bytes.append(UInt8(ascii: "\""))
                bytes.append(contentsOf: text.utf8)
                bytes.append(UInt8(ascii: "\""))
            } else {
                bytes.append(contentsOf: JSONWriter.write(.string(text), pretty: false).utf8)
            }
        }
    }

    /// Reads a plan file; `file` names it in errors.
    public static func decode(_ bytes: [UInt8], file: String) throws(PlanFileError) -> Plan {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw PlanFileError(file: file, location: "line \(error.line), column \(error.column)", message: error.message)
        }
        let reader = Reader(file: file)
        return try reader.plan(root)
    }

    private struct Reader {
        let file: String

        static let planKeys = ["format", "event", "items"]
        static let itemKeys = ["kind", "id", "favourite", "priority", "note", "visited", "added", "changed"]
        static let changedKeys = ["favourite", "priority", "note", "visited"]

        func fail(_ path: JSONPath, _ message: String) -> PlanFileError {
            PlanFileError(file: file, location: path.description, message: message)
        }

        /// The values of an object's `known` members, in the order of `known` (nil when absent);
        /// other members are ignored. A member that appears twice is an error. One pass over the
        /// members, with no dictionary: a plan has a million of these small objects at most.
        func fields(_ value: JSONValue, _ known: [String], _ path: @autoclosure () -> JSONPath) throws(PlanFileError) -> [JSONValue?] {
            guard case .object(let members) = value else { throw fail(path(), "expected an object, found \(value.typeName)") }
            var found = [JSONValue?](repeating: nil, count: known.count)
            var others: [String] = []
            for member in members {
                if let slot = known.firstIndex(of: member.key) {
                    guard found[slot] == nil else { throw fail(path() / member.key, "appears twice") }
                    found[slot] = member.value
                } else {
                    others.append(member.key)
                }
            }
            if others.count > 1 {
                var seen = Set<String>()
                for key in others where !seen.insert(key).inserted { throw fail(path() / key, "appears twice") }
            }
            return found
        }

        func string(_ value: JSONValue?, _ path: @autoclosure () -> JSONPath) throws(PlanFileError) -> String? {
            guard let value, value != .null else { return nil }
            guard case .string(let text) = value else { throw fail(path(), "expected a string, found \(value.typeName)") }
            return text
        }

        func requiredString(_ value: JSONValue?, _ path: @autoclosure () -> JSONPath) throws(PlanFileError) -> String {
            guard let text = try string(value, path()) else { throw fail(path(), "is missing") }
            return text
        }

        func bool(_ value: JSONValue?, _ path: @autoclosure () -> JSONPath) throws(PlanFileError) -> Bool {
            guard let value, value != .null else { return false }
            guard case .bool(let flag) = value else { throw fail(path(), "expected true or false, found \(value.typeName)") }
            return flag
        }

        func time(_ value: JSONValue?, _ path: @autoclosure () -> JSONPath) throws(PlanFileError) -> Int64 {
            guard let text = try string(value, path()) else { return 0 }
            guard let milliseconds = PlanTimestamp.milliseconds(text) else {
                throw fail(path(), "\"\(text)\" is not a UTC time like 2024-09-24T06:30:00.000Z")
            }
            return milliseconds
        }

        func plan(_ root: JSONValue) throws(PlanFileError) -> Plan {
            let object = try fields(root, Self.planKeys, .root)
            let format = try requiredString(object[0], .root / "format")
            guard format == PlanFile.format else {
                throw fail(.root / "format", "\"\(format)\" is not a plan format this version reads (\(PlanFile.format))")
            }
            let event = try requiredString(object[1], .root / "event")
            guard !event.isEmpty else { throw fail(.root / "event", "is empty") }
            guard let itemsValue = object[2] else { throw fail(.root / "items", "is missing") }
            guard case .array(let items) = itemsValue else {
                throw fail(.root / "items", "expected an array, found \(itemsValue.typeName)")
            }
            var marks: [PlanItem: PlanMark] = [:]
            marks.reserveCapacity(items.count)
            var order: [PlanItem] = []
            order.reserveCapacity(items.count)
            for (index, value) in items.enumerated() {
                let (item, mark) = try self.item(value, JSONPath.root / "items" / index)
                if let earlier = marks[item] {
                    marks[item] = PlanMark.merged(earlier, mark)
                } else {
                    marks[item] = mark
                    order.append(item)
                }
            }
            return Plan(eventID: event, marks: marks, itemsInOrder: order)
        }

        func item(_ value: JSONValue, _ path: @autoclosure () -> JSONPath) throws(PlanFileError) -> (PlanItem, PlanMark) {
            let object = try fields(value, Self.itemKeys, path())
            let kindText = try requiredString(object[0], path() / "kind")
            guard let kind = PlanItem.Kind(rawValue: kindText) else {
                throw fail(path() / "kind", "\"\(kindText)\" is not exhibitor or programme")
            }
            let id = try requiredString(object[1], path() / "id")
            guard !id.isEmpty else { throw fail(path() / "id", "is empty") }
            let priorityText = try string(object[3], path() / "priority") ?? PlanPriority.maybe.rawValue
            guard let priority = PlanPriority(rawValue: priorityText) else {
                throw fail(path() / "priority", "\"\(priorityText)\" is not must or maybe")
            }
            var changed = [JSONValue?](repeating: nil, count: Self.changedKeys.count)
            if let changedValue = object[7] {
                changed = try fields(changedValue, Self.changedKeys, path() / "changed")
            }
            let mark = PlanMark(
                favourite: Stamped(try bool(object[2], path() / "favourite"), at: try time(changed[0], path() / "changed" / "favourite")),
                priority: Stamped(priority, at: try time(changed[1], path() / "changed" / "priority")),
                note: Stamped(try string(object[4], path() / "note") ?? "", at: try time(changed[2], path() / "changed" / "note")),
                visited: Stamped(try bool(object[5], path() / "visited"), at: try time(changed[3], path() / "changed" / "visited")),
                added: try time(object[6], path() / "added"))
            return (PlanItem(kind: kind, id: id), mark)
        }
    }
}
