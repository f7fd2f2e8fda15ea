import GuideModel
import GuidePlan
import GuideTestSupport
import Testing

@Suite struct PlanFileTests {
    @Test func aPlanSurvivesWritingAndReadingExactly() throws {
        var plan = Plan(eventID: "adex-2024")
        plan.add(.exhibitor("aselsan"), at: 1_727_150_400_123)
        plan.setPriority(.must, of: .exhibitor("aselsan"), at: 1_727_150_401_000)
        plan.setNote("radar \"demo\"\nsecond line, ümit", of: .exhibitor("aselsan"), at: 1_727_150_402_000)
        plan.setVisited(true, of: .exhibitor("aselsan"), at: 1_727_150_403_000)
        plan.add(.programmeItem("opening-ceremony"), at: 1_727_150_404_000)
        plan.add(.exhibitor("gone"), at: 1_727_150_405_000)
        plan.remove(.exhibitor("gone"), at: 1_727_150_406_000)
        let text = PlanFile.encode(plan, savedAt: 1_727_150_500_000)
        let read = try PlanFile.decode(Array(text.utf8), file: "plan.json")
        #expect(read == plan)
        #expect(PlanFile.encode(read, savedAt: 1_727_150_500_000) == text, "the same plan is the same bytes")
        #expect(text.contains(#""saved": "2024-09-24T04:01:40.000Z""#))
    }

    @Test(arguments: [
        ("{", "plan.json:line 1, column 2"),
        (#"[]"#, "plan.json:$: expected an object, found an array"),
        (#"{"event": "e", "items": []}"#, "plan.json:$.format: is missing"),
        (#"{"format": "adex-guide-plan/9", "event": "e", "items": []}"#,
         #"plan.json:$.format: "adex-guide-plan/9" is not a plan format this version reads (adex-guide-plan/1)"#),
        (#"{"format": "adex-guide-plan/1", "event": "e", "items": [{"kind": "stand", "id": "x"}]}"#,
         #"plan.json:$.items[0].kind: "stand" is not exhibitor or programme"#),
        (#"{"format": "adex-guide-plan/1", "event": "e", "items": [{"kind": "exhibitor", "id": "x", "priority": "high"}]}"#,
         #"plan.json:$.items[0].priority: "high" is not must or maybe"#),
        (#"{"format": "adex-guide-plan/1", "event": "e", "items": [{"kind": "exhibitor", "id": "x", "changed": {"note": "yesterday"}}]}"#,
         #"plan.json:$.items[0].changed.note: "yesterday" is not a UTC time like 2024-09-24T06:30:00.000Z"#),
        (#"{"format": "adex-guide-plan/1", "event": "e", "items": [{"kind": "exhibitor", "id": "x", "visited": "yes"}]}"#,
         "plan.json:$.items[0].visited: expected true or false, found a string"),
    ])
    func badFilesAreNamedWithWhereAndWhat(_ text: String, _ expected: String) {
        #expect(throws: PlanFileError.self) { try PlanFile.decode(Array(text.utf8), file: "plan.json") }
        do {
            _ = try PlanFile.decode(Array(text.utf8), file: "plan.json")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    @Test(arguments: [Int64(0), 1_727_150_400_123, 951_782_400_000, 4_102_444_799_999, 1_709_164_800_000])
    func timestampsRoundTrip(_ milliseconds: Int64) {
        let text = PlanTimestamp.text(milliseconds)
        #expect(PlanTimestamp.milliseconds(text) == milliseconds, "\(text)")
    }

    /// Every time the writer can be given, at the edges of the range and beyond them, is written
    /// in the fixed 24-byte form and read back as the same time, clamped into the range.
    @Test func everyTimeWrittenIsReadBack() {
        let earliest = PlanTimestamp.earliest, latest = PlanTimestamp.latest
        #expect(PlanTimestamp.text(earliest) == "0000-01-01T00:00:00.000Z")
        #expect(PlanTimestamp.text(latest) == "9999-12-31T23:59:59.999Z")
        var times: [Int64] = [earliest, earliest + 1, -86_400_001, -1_000, -1, 0, 1, 999, 1_000, 951_782_400_000,
                              253_402_300_799_000, latest - 1_000, latest - 1, latest,
                              latest + 1, earliest - 1, Int64.max, Int64.min, Int64.max - 1, Int64.min + 1]
        var generator = SeededGenerator(seed: 14)
        for _ in 0..<2_000 {
            times.append(earliest + Int64(generator.next() % UInt64(latest - earliest + 1)))
            times.append(Int64(bitPattern: generator.next()))
        }
        for time in times {
            let text = PlanTimestamp.text(time)
            #expect(text.utf8.count == 24, "\(time): \(text)")
            #expect(PlanTimestamp.milliseconds(text) == PlanTimestamp.clamped(time), "\(time): \(text)")
        }
    }

    /// Times other programs write, or a visitor types: read when they can be understood, so one
    /// odd time never costs the whole plan file; the result is clamped into the range.
    @Test(arguments: [
        ("2024-09-24T06:30:00Z", Int64(1_727_159_400_000)),
        ("2024-09-24T06:30:00.5Z", 1_727_159_400_500),
        ("2024-09-24T06:30:00.123456789Z", 1_727_159_400_123),
        ("2024-09-24T06:30:00.999999Z", 1_727_159_400_999),
        ("2024-09-24t06:30:00.000z", 1_727_159_400_000),
        ("2024-09-24 06:30:00Z", 1_727_159_400_000),
        ("2024-09-24T10:30:00+04:00", 1_727_159_400_000),
        ("2024-09-24T10:30:00+0400", 1_727_159_400_000),
        ("2024-09-24T10:30:00+04", 1_727_159_400_000),
        ("2024-09-24T05:00:00-01:30", 1_727_159_400_000),
        ("2016-12-31T23:59:60Z", 1_483_228_799_999),
        ("2016-12-31T23:59:60.500Z", 1_483_228_799_999),
        ("1969-12-31T23:59:59.999Z", -1),
        ("1900-01-01T00:00:00.000Z", -2_208_988_800_000),
        ("9999-12-31T23:59:59.999Z", PlanTimestamp.latest),
        ("9999-12-31T23:59:60Z", PlanTimestamp.latest),
        ("9999-12-31T23:30:00-01:00", PlanTimestamp.latest),
        ("10000-01-01T00:00:00.000Z", PlanTimestamp.latest),
        ("+275760-09-13T00:00:00.000Z", PlanTimestamp.latest),
        ("999999999999-12-31T23:59:59.999Z", PlanTimestamp.latest),
        ("+2024-09-24T06:30:00Z", 1_727_159_400_000),
        ("0000-01-01T00:00:00.000Z", PlanTimestamp.earliest),
        ("0000-01-01T00:00:00+01:00", PlanTimestamp.earliest),
        ("-0001-12-31T23:59:59.999Z", PlanTimestamp.earliest),
        ("-271821-04-20T00:00:00Z", PlanTimestamp.earliest),
    ])
    func timestampsAreReadLeniently(_ text: String, _ expected: Int64) {
        #expect(PlanTimestamp.milliseconds(text) == expected, "\(text)")
    }

    @Test(arguments: ["2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-09-24T24:00:00Z", "2024-09-24T06:60:00Z",
                      "2024-09-24T06:30:61Z", "2024-13-01T00:00:00Z", "2024-00-01T00:00:00Z", "2024-09-00T00:00:00Z",
                      "2024-09-24T06:30:00", "2024-09-24T06:30Z", "2024-09-24", "", "Z", "2024-09-24T06:30:00.Z",
                      "2024-09-24T06:30:00.000ZZ", "2024-09-24T06:30:00+24:00", "2024-09-24T06:30:00+04:60", "2024-09-24T06:30:00+4",
                      "2024-09-24X06:30:00Z", "024-09-24T06:30:00Z", "1234567890123-01-01T00:00:00Z", "2024-9-24T06:30:00Z",
                      "２０２４-09-24T06:30:00Z", "2024-09-24T06:30:00.000Z ", "yesterday"])
    func timestampsThatMeanNothingAreRefused(_ text: String) {
        #expect(PlanTimestamp.milliseconds(text) == nil, "\(text)")
    }

    /// Whatever the clock says (before 1970, at 0, far past or future, stepping back), a change is
    /// stamped within the range a file holds, never 0 ("never set"), and never before the
    /// previous change; past the end of the range, at its end.
    @Test func changesAreStampedWithinTheRangeWhateverTheClock() throws {
        let clocks: [Int64] = [1_727_150_400_000, -5, 0, -1, Int64.min, PlanTimestamp.latest - 2, Int64.max, 3, Int64.max, 0]
        var plan = Plan(eventID: "adex-2024")
        var previous = Int64.min
        for (index, clock) in clocks.enumerated() {
            plan.setNote("note \(index)", of: .exhibitor("aselsan"), at: clock)
            let stamp = try #require(plan.mark(.exhibitor("aselsan"))?.note.at)
            #expect(stamp != 0)
            #expect((PlanTimestamp.earliest...PlanTimestamp.latest).contains(stamp), "clock \(clock): \(stamp)")
            #expect(stamp > previous || stamp == PlanTimestamp.latest, "clock \(clock): \(stamp) after \(previous)")
            previous = stamp
        }
        #expect(plan.latestChange == PlanTimestamp.latest)
        let read = try PlanFile.decode(PlanFile.bytes(plan, savedAt: Int64.max), file: "plan.json")
        #expect(read == plan)
    }

    /// The file the writer makes is, byte for byte, what `JSONWriter` writes for the same plan as
    /// a JSON value: the written form stays the documented one, whatever is in the notes and ids.
    @Test(arguments: 0..<40)
    func theFileIsTheDocumentedJSON(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = ["a", "Z", "9", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "ü", "Ə", "\u{200D}",
                      "\u{202E}", "\u{2028}", "\u{FEFF}", "😀", "👩‍🚀", "é"]
        var plan = Plan(eventID: seed == 0 ? "adex-2024" : generator.string(from: pieces, count: 1 + generator.below(6)))
        for _ in 0..<generator.below(12) {
            let id = generator.string(from: pieces, count: 1 + generator.below(8))
            let item: PlanItem = generator.below(2) == 0 ? .exhibitor(id) : .programmeItem(id)
            let time = Int64(bitPattern: generator.next()) / Int64(1 + generator.below(1_000_000))
            switch generator.below(5) {
            case 0: plan.toggle(item, at: time)
            case 1: plan.setPriority(generator.below(2) == 0 ? .must : .maybe, of: item, at: time)
            case 2: plan.setNote(generator.string(from: pieces, count: generator.below(20)), of: item, at: time)
            case 3: plan.setVisited(generator.below(2) == 0, of: item, at: time)
            default: plan.add(item, at: time)
            }
        }
        let savedAt = Int64(bitPattern: generator.next())
        #expect(PlanFile.encode(plan, savedAt: savedAt) == JSONWriter.write(Self.documentedJSON(plan, savedAt: savedAt)))
        #expect(try PlanFile.decode(PlanFile.bytes(plan, savedAt: savedAt), file: "plan.json") == plan)
    }

    /// The plan as the JSON value the file format describes.
    static func documentedJSON(_ plan: Plan, savedAt: Int64) -> JSONValue {
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
            let stamps = [("favourite", mark.favourite.at), ("priority", mark.priority.at), ("note", mark.note.at), ("visited", mark.visited.at)]
            let changed = stamps.filter { $0.1 != 0 }.map { JSONMember(key: $0.0, value: .string(PlanTimestamp.text($0.1))) }
            members.append(JSONMember(key: "changed", value: .object(changed)))
            return .object(members)
        }
        return .object([
            JSONMember(key: "format", value: .string(PlanFile.format)),
            JSONMember(key: "event", value: .string(plan.eventID)),
            JSONMember(key: "saved", value: .string(PlanTimestamp.text(savedAt))),
            JSONMember(key: "items", value: .array(items)),
        ])
    }
}
