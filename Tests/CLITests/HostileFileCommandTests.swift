import Foundation
import GuideModel
import GuideTestSupport
import Testing

/// The built binary on hostile show files: a bad one is a data error (65) with `FILE:PATH:`
/// lines, never a crash; a huge but valid one answers with output the size of its content, not of
/// its span of days; and the problem list stays bounded, in text and in JSON.
struct HostileFileCommandTests {
    let runner = BinaryRunner()

    /// Writes `text` to a file of its own and runs `body` with its path.
    func withFile(_ text: String, _ body: (String) throws -> Void) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("hostile.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try body(path)
    }

    @Test func reversedShowDatesAreADataErrorInEveryCommand() throws {
        let document = try Fixtures.fictionalDocument()
            .setting([.key("shows"), .index(0), .key("firstDay")], to: .string("2030-06-05"))
            .setting([.key("shows"), .index(0), .key("lastDay")], to: .string("2030-06-03"))
        try withFile(JSONWriter.write(document)) { path in
            for arguments in [["validate", path], ["info", "--data", path], ["schedule", "--data", path]] {
                let result = try runner.run(arguments)
                #expect(result.status == 65, "\(arguments): \(result.stderr)")
                #expect(result.stderr.contains("\(path):$.shows[0].lastDay: last day 2030-06-03 is before first day 2030-06-05"))
                #expect(!result.stderr.contains("Fatal error"))
            }
        }
    }

    /// A show from 0001-01-01 to 9999-12-31, seen at both ends of the calendar.
    @Test(arguments: ["0001-01-01T00:00", "9999-12-31T23:59", "9999-12-31T23:59-14:00", "0001-01-01T00:00+14:00"])
    func aShowOfThreeMillionDaysAnswersAtBothEnds(_ moment: String) throws {
        let document = HostileShows.longSpan(try Fixtures.fictionalDocument())
        try withFile(JSONWriter.write(document)) { path in
            for command in ["info", "now", "schedule", "categories"] {
                let result = try runner.run([command, "--data", path, "--at", moment])
                #expect(result.status == 0, "\(command) at \(moment): \(result.stderr)")
                #expect(result.stdout.split(separator: "\n").count < 80, "\(command): \(result.stdout.prefix(2_000))")
            }
            let info = try runner.run(["info", "--data", path, "--at", moment])
            #expect(info.stdout.contains(moment.hasPrefix("0001") ? "show day 1 of 3652059" : "show day 3652059 of 3652059"), "\(info.stdout)")
            let schedule = try runner.run(["schedule", "--data", path, "--json", "--at", moment])
            let json = try JSONParser.parse(Array(schedule.stdout.utf8))
            guard case .object(let members) = json, case .array(let days)? = members.first(where: { $0.key == "days" })?.value else {
                Issue.record("no days in \(schedule.stdout.prefix(500))")
                return
            }
            #expect(days.count == 5)
            for day in ["tomorrow", "9999-12-31", "10000-01-01", "99999999999999999999"] {
                let result = try runner.run(["schedule", "--data", path, "--at", moment, "--day", day])
                #expect(result.status == 0 || result.status == 64, "--day \(day): \(result.stderr)")
            }
        }
    }

    /// 5,000 exhibitors with nine problems each: the first 100 of each kind are listed, the rest
    /// counted, in text and in JSON.
    @Test func theProblemListIsBoundedInTextAndJSON() throws {
        let base = try Fixtures.fictionalDocument()
        let bad = (0..<5_000).map { index in
            JSONValue.object([JSONMember(key: "id", value: .string("bad-\(index)")), JSONMember(key: "name", value: .string("Bad")),
                              JSONMember(key: "country", value: .string("XX"))])
        }
        try withFile(JSONWriter.write(base.setting([.key("exhibitors")], to: .array(bad)), pretty: false)) { path in
            let text = try runner.run(["validate", path])
            #expect(text.status == 65)
            let lines = text.stderr.split(separator: "\n")
            #expect(lines.count < 1_000, "\(lines.count) lines")
            #expect(text.stderr.contains("\(path): … and 4,900 more problems like the one at $.exhibitors[99].country (not listed)"))
            #expect(lines.last?.hasSuffix("problems (the first 100 of each kind are listed)") == true, "\(lines.last ?? "")")

            let json = try runner.run(["validate", path, "--json"])
            #expect(json.status == 65)
            guard case .object(let members) = try JSONParser.parse(Array(json.stdout.utf8)),
                  case .array(let problems)? = members.first(where: { $0.key == "problems" })?.value,
                  case .number(let count)? = members.first(where: { $0.key == "problemCount" })?.value else {
                Issue.record("unexpected JSON: \(json.stdout.prefix(500))")
                return
            }
            #expect(problems.count < 1_000)
            #expect(Int(count) >= 5_000 * 2)
            #expect(problems.contains(.string("\(path): … and 4,900 more problems like the one at $.exhibitors[99].country (not listed)")))
        }
    }

    /// A 300,000-character time zone and a 100,000-deep category chain are one problem each.
    @Test func hugeTextsAndDeepChainsAreOneProblemEach() throws {
        let base = try Fixtures.fictionalDocument()
        let zone = base.setting([.key("event"), .key("timeZone")], to: .string("Asia/" + String(repeating: "x", count: 300_000)))
        var chain = base
        if case .object(let members) = base, case .array(let categories)? = members.first(where: { $0.key == "categories" })?.value {
            chain = base.setting([.key("categories")], to: .array(categories + HostileShows.categoryChain(100_000, ring: false)))
        }
        for document in [zone, chain] {
            try withFile(JSONWriter.write(document, pretty: false)) { path in
                for arguments in [["validate", path], ["categories", "--data", path]] {
                    let result = try runner.run(arguments)
                    #expect(result.status == 65)
                    #expect(result.stderr.hasSuffix("\(path): 1 problem\n") || arguments[0] != "validate", "\(result.stderr.suffix(500))")
                }
            }
        }
    }
}
