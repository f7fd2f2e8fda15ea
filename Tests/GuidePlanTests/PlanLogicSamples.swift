import GuideModel

/// Small builders for hand-made programme items, shows and halls, so each test states exactly the
/// times and geometry it is about.
enum PlanLogicSamples {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    static func time(_ text: String) -> LocalTime { LocalTime(iso: text)! }

    /// A programme item; times are `HH:MM` or nil (not published).
    static func item(_ id: String, day: String?, lastDay: String? = nil, _ start: String? = nil, _ end: String? = nil) -> ProgrammeItem {
        ProgrammeItem(id: id, title: id, kind: "talk", day: day.map(Self.day), lastDay: lastDay.map(Self.day),
                      start: start.map(time), end: end.map(time), sources: ["s"], confidence: .confirmed)
    }

    /// A show on the given days with `hours` as (day, open, close).
    static func show(_ id: String, from first: String, to last: String, hours: [(String, String, String)] = []) -> Show {
        Show(id: id, name: id, firstDay: day(first), lastDay: day(last),
             openingHours: hours.map { OpeningHours(day: day($0.0), open: time($0.1), close: time($0.2)) }, sources: ["s"])
    }

    static func exhibitor(_ id: String, hall: String? = nil, code: String? = nil) -> Exhibitor {
        Exhibitor(id: id, name: id, kind: "company", stand: hall.map { StandRef(hall: $0, code: code) }, sources: ["s"],
                  confidence: .confirmed)
    }

    static func stand(_ code: String, x: Int, y: Int, width: Int = 2, height: Int = 2) -> Stand {
        Stand(code: code, rect: GridRect(x: x, y: y, width: width, height: height))
    }
}

