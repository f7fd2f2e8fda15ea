import Foundation
import GuideModel

/// Show files made to break the loader and every screen that reads its data: edge and reversed
/// dates, edge times, huge, negative, fractional and infinite numbers, empty lists, rectangles of
/// no size or outside their hall, rings and long chains of categories, long texts. Built from the
/// fictional show in code, so the same files come out on every run and nothing large is committed.
///
/// Each file either loads or is refused with `FILE:PATH: problem` messages; none may crash
/// anything that reads it.
public enum HostileShows {
    /// One hostile file: its name (for test output) and its text.
    public struct Sample: Sendable, CustomStringConvertible {
        public var name: String
        public var text: String
        public var description: String { name }

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }

        public init(name: String, document: JSONValue) {
            self.init(name: name, text: JSONWriter.write(document, pretty: false))
        }
    }

    /// Every sample, built from the fictional show.
    public static func samples() throws -> [Sample] {
        let base = try Fixtures.fictionalDocument()
        var samples: [Sample] = []
        func add(_ name: String, _ edit: (JSONValue) -> JSONValue) { samples.append(Sample(name: name, document: edit(base))) }
        func set(_ name: String, _ path: [JSONEdit], _ value: JSONValue?) { add(name) { $0.setting(path, to: value) } }
        /// A number written as JSON text (for values a Double cannot carry through `JSONWriter`).
        func raw(_ name: String, _ path: [JSONEdit], _ number: String) {
            let marker = "\"@@number@@\""
            let text = JSONWriter.write(base.setting(path, to: .string("@@number@@")), pretty: false)
            samples.append(Sample(name: name, text: text.replacingOccurrences(of: marker, with: number)))
        }
        let main: [JSONEdit] = [.key("shows"), .index(0)]
        let safety: [JSONEdit] = [.key("shows"), .index(1)]

        // Dates.
        add("reversed show dates with opening hours") { $0.setting(main + [.key("firstDay")], to: .string("2030-06-05"))
            .setting(main + [.key("lastDay")], to: .string("2030-06-03")) }
        add("reversed show dates without opening hours") { $0.setting(safety + [.key("firstDay")], to: .string("2030-06-05"))
            .setting(safety + [.key("lastDay")], to: .string("2030-06-04")) }
        add("show from year 1 to year 9999") { longSpan($0) }
        add("both shows on 9999-12-31, no programme") { $0.setting(main + [.key("firstDay")], to: .string("9999-12-31"))
            .setting(main + [.key("lastDay")], to: .string("9999-12-31")).setting(main + [.key("openingHours")], to: nil)
            .setting(safety + [.key("firstDay")], to: .string("9999-12-31")).setting(safety + [.key("lastDay")], to: .string("9999-12-31"))
            .setting([.key("programme")], to: .array([])).setting([.key("event"), .key("dataAsOf")], to: .string("9999-12-31")) }
        add("both shows on 0001-01-01, no programme") { $0.setting(main + [.key("firstDay")], to: .string("0001-01-01"))
            .setting(main + [.key("lastDay")], to: .string("0001-01-01")).setting(main + [.key("openingHours")], to: nil)
            .setting(safety + [.key("firstDay")], to: .string("0001-01-01")).setting(safety + [.key("lastDay")], to: .string("0001-01-01"))
            .setting([.key("programme")], to: .array([])).setting([.key("event"), .key("dataAsOf")], to: .string("0001-01-01")) }
        for date in ["0000-01-01", "10000-01-01", "2030-13-01", "2029-02-29", "9999-12-32", "-001-01-01", "2030-6-3", ""] {
            set("first day \(date)", main + [.key("firstDay")], .string(date))
        }
        set("dataAsOf year 0", [.key("event"), .key("dataAsOf")], .string("0000-12-31"))
        set("programme item ending before it starts", [.key("programme"), .index(0), .key("lastDay")], .string("2030-06-01"))
        add("programme item of 3.6 million days") { longSpan($0).setting([.key("programme"), .index(0), .key("day")], to: .string("0001-01-01"))
            .setting([.key("programme"), .index(0), .key("lastDay")], to: .string("9999-12-31")) }
        add("programme item of exactly 366 days") { longSpan($0).setting([.key("programme"), .index(0), .key("day")], to: .string("2030-01-01"))
            .setting([.key("programme"), .index(0), .key("lastDay")], to: .string("2031-01-01")) }

        // Times.
        for time in ["24:00", "99:99", "23:60", "-1:00", "1:00", "00:00:00"] {
            set("start \(time)", [.key("programme"), .index(0), .key("start")], .string(time))
        }
        add("item from 23:59 to 00:00") { $0.setting([.key("programme"), .index(0), .key("start")], to: .string("23:59"))
            .setting([.key("programme"), .index(0), .key("end")], to: .string("00:00")) }
        add("item from 00:00 to 23:59") { $0.setting([.key("programme"), .index(0), .key("start")], to: .string("00:00"))
            .setting([.key("programme"), .index(0), .key("end")], to: .string("23:59")) }
        add("opening hours closing at opening") { $0.setting(main + [.key("openingHours"), .index(0), .key("close")], to: .string("09:00")) }
        add("opening hours all day") { $0.setting(main + [.key("openingHours"), .index(0), .key("open")], to: .string("00:00"))
            .setting(main + [.key("openingHours"), .index(0), .key("close")], to: .string("23:59")) }

        // Numbers.
        let hallA: [JSONEdit] = [.key("halls"), .index(0)]
        let standA1 = hallA + [.key("stands"), .index(0)]
        for (name, number) in [("0", "0"), ("-1", "-1"), ("1.5", "1.5"), ("-0", "-0"), ("1e15", "1e15"), ("1e999", "1e999"),
                               ("9007199254740993", "9007199254740993"), ("Int.max", "9223372036854775807"), ("1000001", "1000001")] {
            raw("hall width \(name)", hallA + [.key("size"), .key("width")], number)
            raw("stand width \(name)", standA1 + [.key("width")], number)
            raw("stand x \(name)", standA1 + [.key("x")], number)
            raw("edition \(name)", main + [.key("edition")], number)
            raw("latitude \(name)", [.key("event"), .key("venue"), .key("latitude")], number)
            raw("figure count \(name)", [.key("figures"), .index(0), .key("values"), .index(0), .key("count")], number)
        }
        add("hall of 1x1 with one stand") { $0.setting(hallA + [.key("size")], to: .object([JSONMember(key: "width", value: .number(1)),
                                                                                           JSONMember(key: "height", value: .number(1))]))
            .setting(hallA + [.key("stands")], to: .array([rect(code: "A1", 0, 0, 1, 1)]))
            .setting(hallA + [.key("features")], to: nil) }
        add("hall of the largest size, stands in its corners") { document in
            let side = Double(GridSize.maximumExtent)
            return document.setting(hallA + [.key("size")], to: .object([JSONMember(key: "width", value: .number(side)),
                                                                         JSONMember(key: "height", value: .number(side))]))
                .setting(hallA + [.key("stands")], to: .array([rect(code: "A1", 0, 0, 1, 1), rect(code: "A2", side - 1, 0, 1, 1),
                                                                rect(code: "A3", 0, side - 1, 1, 1), rect(code: "A4", side - 1, side - 1, 1, 1),
                                                                rect(code: "A5", 1, 1, side - 2, side - 2)]))
                .setting(hallA + [.key("features")], to: .array([.object([JSONMember(key: "kind", value: .string("entrance")),
                                                                          JSONMember(key: "x", value: .number(side / 2)),
                                                                          JSONMember(key: "y", value: .number(side - 1)),
                                                                          JSONMember(key: "width", value: .number(1)),
                                                                          JSONMember(key: "height", value: .number(1))])]))
        }
        add("stand outside its hall") { $0.setting(standA1 + [.key("x")], to: .number(1_000)) }
        add("two thousand stands of 1x1 in a row") { document in
            document.setting(hallA + [.key("size")], to: .object([JSONMember(key: "width", value: .number(2_000)),
                                                                 JSONMember(key: "height", value: .number(1))]))
                .setting(hallA + [.key("stands")], to: .array((0..<2_000).map { rect(code: "A\($0 + 1)", Double($0), 0, 1, 1) }))
                .setting(hallA + [.key("features")], to: nil)
        }
        add("hall with stands and no size") { $0.setting(hallA + [.key("size")], to: nil) }

        // Lists.
        set("no shows", [.key("shows")], .array([]))
        add("nothing but the required") { document in
            document.setting([.key("halls")], to: .array([])).setting([.key("categories")], to: .array([]))
                .setting([.key("countries")], to: .array([])).setting([.key("exhibitors")], to: .array([]))
                .setting([.key("products")], to: .array([])).setting([.key("programme")], to: .array([]))
                .setting([.key("figures")], to: .array([])).setting([.key("kinds")], to: .array([]))
        }
        add("exhibitor in 5,000 categories, each twice") { document in
            let categories = (0..<2_500).map { JSONValue.object([JSONMember(key: "id", value: .string("c\($0)")),
                                                                 JSONMember(key: "name", value: .string("Category \($0)"))]) }
            let listed = (0..<5_000).map { JSONValue.string("c\($0 % 2_500)") }
            return appending(document, [.key("categories")], categories)
                .setting([.key("exhibitors"), .index(0), .key("categories")], to: .array(listed))
        }
        add("exhibitor in 2,500 categories") { document in
            let categories = (0..<2_500).map { JSONValue.object([JSONMember(key: "id", value: .string("c\($0)")),
                                                                 JSONMember(key: "name", value: .string("Category \($0)"))]) }
            return appending(document, [.key("categories")], categories)
                .setting([.key("exhibitors"), .index(0), .key("categories")], to: .array((0..<2_500).map { .string("c\($0)") }))
        }

        // Categories.
        add("category that is its own parent") { $0.setting([.key("categories"), .index(0), .key("parent")], to: .string(categoryID(base, 0))) }
        for length in [2, 1_000] {
            add("ring of \(length) categories") { appending($0, [.key("categories")], categoryChain(length, ring: true)) }
        }
        for length in [Category.maximumLevels, Category.maximumLevels + 1, 5_000] {
            add("chain of \(length) categories, an exhibitor at its end") { document in
                appending(document, [.key("categories")], categoryChain(length, ring: false))
                    .setting([.key("exhibitors"), .index(0), .key("categories")], to: .array([.string("chain-\(length - 1)")]))
            }
        }

        // Texts.
        set("time zone of 300,000 characters", [.key("event"), .key("timeZone")], .string("Asia/" + String(repeating: "x", count: 300_000)))
        set("time zone with a typo", [.key("event"), .key("timeZone")], .string("Asia/Bakuu"))
        set("time zone of the far east", [.key("event"), .key("timeZone")], .string("Pacific/Kiritimati"))
        set("time zone of the far west", [.key("event"), .key("timeZone")], .string("Etc/GMT+12"))
        set("id of 10,000 letters", [.key("exhibitors"), .index(0), .key("id")], .string(String(repeating: "a", count: 10_000)))
        set("unknown country of 100,000 letters", [.key("exhibitors"), .index(0), .key("country")], .string(String(repeating: "X", count: 100_000)))
        set("event name of escapes and joiners", [.key("event"), .key("name")], .string("\u{1B}[2J\u{200D}\u{202E}Expo\u{0}\u{7}"))
        add("unknown field of 100,000 letters") { $0.appendingMember(String(repeating: "n", count: 100_000), .string("x"),
                                                                     at: [.key("exhibitors"), .index(0)]) }
        return samples
    }

    /// The fictional show with its main show running from 0001-01-01 to 9999-12-31.
    public static func longSpan(_ document: JSONValue) -> JSONValue {
        document.setting([.key("shows"), .index(0), .key("firstDay")], to: .string("0001-01-01"))
            .setting([.key("shows"), .index(0), .key("lastDay")], to: .string("9999-12-31"))
    }

    /// `count` categories, each the parent of the next (`chain-0` at the top), or each the child
    /// of the one before with the first the child of the last (a ring).
    public static func categoryChain(_ count: Int, ring: Bool) -> [JSONValue] {
        (0..<count).map { index in
            var members = [JSONMember(key: "id", value: .string("chain-\(index)")),
                           JSONMember(key: "name", value: .string("Chain \(index)"))]
            if index > 0 || ring {
                members.append(JSONMember(key: "parent", value: .string("chain-\((index + count - 1) % count)")))
            }
            return .object(members)
        }
    }

    private static func rect(code: String, _ x: Double, _ y: Double, _ width: Double, _ height: Double) -> JSONValue {
        .object([JSONMember(key: "code", value: .string(code)), JSONMember(key: "x", value: .number(x)),
                 JSONMember(key: "y", value: .number(y)), JSONMember(key: "width", value: .number(width)),
                 JSONMember(key: "height", value: .number(height))])
    }

    private static func appending(_ document: JSONValue, _ path: [JSONEdit], _ values: [JSONValue]) -> JSONValue {
        guard case .object(let members) = document, case .key(let key) = path.first,
              case .array(let existing)? = members.first(where: { $0.key == key })?.value else { return document }
        return document.setting(path, to: .array(existing + values))
    }

    private static func categoryID(_ document: JSONValue, _ index: Int) -> String {
        guard case .object(let members) = document, case .array(let categories)? = members.first(where: { $0.key == "categories" })?.value,
              categories.indices.contains(index), case .object(let fields) = categories[index],
              case .string(let id)? = fields.first(where: { $0.key == "id" })?.value else { return "" }
        return id
    }
}
