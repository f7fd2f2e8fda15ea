import Foundation
import GuideModel
import GuideTestSupport
import Testing

/// The built `adex-guide` binary, run as a user would: output, JSON and exit codes.
struct CLITests {
    let runner = BinaryRunner()
    static let at = ["--at", "2024-09-25T11:00"]

    @Test func infoSummarisesTheBundledEvent() throws {
        let result = try runner.run(["info"] + Self.at)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("ADEX-2024 and Securex Caspian 2024\n"))
        #expect(out.contains("Tuesday 24 to Thursday 26 September 2024 (3 days)"))
        #expect(out.contains("Asia/Baku (Baku time, UTC+4)"))
        #expect(out.contains("show day 2 of 3, Wednesday 25 September 2024"))
        #expect(out.contains("207 in the data: 193 on the organiser's list, 14 other organisations reported at the event; 24 countries on the list"))
        #expect(out.contains("opening hours not published"))
        #expect(out.contains("Exhibitors at ADEX-2024 — sources differ\n    • 201 entries"))
        #expect(out.contains("Not published: stand numbers"))
    }

    @Test func afterTheShowItSaysSoPlainly() throws {
        let result = try runner.run(["now", "--at", "2026-11-23T09:00"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ADEX-2024 and Securex Caspian 2024 ended on 26 September 2024 (788 days ago)."))
        let before = try runner.run(["now", "--at", "2024-09-20"])
        #expect(before.stdout.contains("starts in 4 days, on Tuesday 24 September 2024"))
    }

    @Test func nowDuringTheShowListsTodaysUntimedItems() throws {
        let result = try runner.run(["now"] + Self.at)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Wednesday 25 September 2024, 11:00 (Baku time, UTC+4)"))
        #expect(result.stdout.contains("On now:\n  nothing with a published time"))
        #expect(result.stdout.contains("Today, time not published:"))
        #expect(result.stdout.contains("JF-17C"))
    }

    @Test func exhibitorFiltersCombineAndAcceptNamesWithoutAccents() throws {
        let result = try runner.run(["exhibitors", "--country", "turkiye", "--category", "Weapons and ammunition"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("9 of 207 exhibitors (category: Weapons and ammunition; country: Türkiye)") == true, "\(lines.first ?? "")")
        #expect(result.stdout.contains("SARSILMAZ SILAH SANAYI A.S."))
        #expect(result.stdout.contains("not published"))
        let byCode = try runner.run(["exhibitors", "--country", "TR", "--category", "weapons-and-ammunition", "--json"])
        let json = try JSONParser.parse(Array(byCode.stdout.utf8))
        guard case .object(let members) = json, case .number(let count)? = members.first(where: { $0.key == "count" })?.value else {
            Issue.record("no count in JSON")
            return
        }
        #expect(count == 9)
    }

    @Test func noneSelectsExhibitorsWithoutAValue() throws {
        let result = try runner.run(["exhibitors", "--category", "none", "--json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"count\": 124"))
    }

    /// The bundled guide is compared with ADEX 2022 (the CAAT/Omega list embedded beside it).
    @Test func exhibitorsSayWhetherTheyWereAtADEX2022() throws {
        let new = try runner.run(["exhibitors", "--edition", "new", "--json"])
        #expect(new.status == 0)
        #expect(new.stdout.contains("\"count\": 159"))
        let returning = try runner.run(["exhibitors", "--edition", "2022"])
        #expect(returning.stdout.hasPrefix("48 of 207 exhibitors (edition: also at ADEX 2022)"))
        let detail = try runner.run(["exhibitor", "pakistan aeronautical", "--json"])
        #expect(detail.stdout.contains("\"listedAs\": \"PAKISTAN AERONAUTICAL COMPLEX (PAC)\""))
        #expect(detail.stdout.contains("\"match\": \"fuzzy\""))
        #expect(detail.stdout.contains("\"level\": \"probable\""))
        #expect(detail.stdout.contains("\"evidence\": \"the name's own acronym added or left out\""))
        let fictional = try runner.run(["--data", Fixtures.fixture("fictional-expo.json"), "exhibitors", "--edition", "new"])
        #expect(fictional.status == 64)
        #expect(fictional.stderr.contains("is not compared with any other edition"))
    }

    @Test func unknownFilterValuesSuggestTheClosestMatch() throws {
        let result = try runner.run(["exhibitors", "--country", "Trkiye"])
        #expect(result.status == 64)
        #expect(result.stderr == "--country: unknown country \"Trkiye\"; did you mean \"Türkiye\"? (see 'adex-guide countries' for the list)\n")
        let ambiguous = try runner.run(["exhibitor", "barzan"])
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.hasPrefix("\"barzan\" matches 3 exhibitors; be more specific or use an id:\n"))
        let missing = try runner.run(["exhibitor", "rokitsan"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("did you mean \"ROKETSAN\"? (see"))
    }

    @Test func exhibitorDetailShowsEverythingKnownWithSources() throws {
        let result = try runner.run(["exhibitor", "pakistan aeronautical"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("PAKISTAN AERONAUTICAL COMPLEX\n"))
        #expect(out.contains("Stand       not published"))
        #expect(out.contains("JF-17C (Block-III)"))
        #expect(out.contains("[s8] "))
        #expect(out.contains("Programme"))
    }

    @Test func searchIsAccentCaseAndScriptInsensitive() throws {
        let result = try runner.run(["search", "azersilah"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Exhibitors (3)\n  \"AZERSILAH\" DEFENSE INDUSTRY HOLDING"))
        #expect(result.stdout.contains("description: …"), "long descriptions are shown as an excerpt around the match")
        #expect(result.stdout.contains("Programme ("))
        let cyrillic = try runner.run(["search", "калашников", "--json"])
        #expect(cyrillic.stdout.contains("\"id\": \"kalashnikov\""))
        let nothing = try runner.run(["search", "zzzqqq"])
        #expect(nothing.status == 0)
        #expect(nothing.stdout == "No matches for \"zzzqqq\".\n")
    }

    @Test func scheduleGroupsItemsWithoutPublishedTimes() throws {
        let result = try runner.run(["schedule", "--day", "26"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Thursday 26 September 2024 — show day 3 of 3"))
        #expect(result.stdout.contains("Time not published:"))
        #expect(result.stdout.contains("Both shows close"))
        let all = try runner.run(["schedule"])
        #expect(all.stdout.contains("Day not published"))
        let bad = try runner.run(["schedule", "--day", "30"])
        #expect(bad.status == 64)
    }

    @Test func listsHaveCounts() throws {
        let categories = try runner.run(["categories"])
        #expect(categories.stdout.contains("(no category given)"))
        #expect(categories.stdout.contains("Weapons and ammunition"))
        let countries = try runner.run(["countries", "--sort", "count"])
        let firstRow = countries.stdout.split(separator: "\n").dropFirst().first ?? ""
        #expect(firstRow.hasPrefix("Türkiye"))
        let halls = try runner.run(["halls"])
        #expect(halls.stdout.contains("not published"))
        #expect(halls.stdout.contains("207 of 207 exhibitors have no published hall."))
    }

    @Test func fictionalShowOpensWithDataOption() throws {
        let result = try runner.run(["halls", "--data", Fixtures.fixture("fictional-expo.json")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hall A"))
        #expect(result.stdout.contains("7 stands"))
        let viaEnvironment = try runner.run(["info"], environment: ["ADEX_GUIDE_DATA": Fixtures.fixture("fictional-expo.json")])
        #expect(viaEnvironment.stdout.hasPrefix("Fictional Expo 2030 (test data)"))
    }

    @Test func validateReportsEveryProblemWithExitCode65() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("broken.json").path
        let document = try Fixtures.fictionalDocument()
            .setting([.key("exhibitors"), .index(0), .key("country")], to: .string("XX"))
            .setting([.key("programme"), .index(0), .key("end")], to: .string("09:00"))
            .setting([.key("event"), .key("timeZone")], to: .string("Mars/Olympus"))
        try JSONWriter.write(document).write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runner.run(["validate", path])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(path):$.exhibitors[0].country: unknown country \"XX\""))
        #expect(lines.contains("\(path):$.programme[0].end: end 09:00 is not after start 10:00"))
        #expect(lines.contains { $0.hasPrefix("\(path):$.event.timeZone: unknown time zone \"Mars/Olympus\"") })
        #expect(lines.last == "\(path): 3 problems")
        let valid = try runner.run(["validate", Fixtures.bundledData])
        #expect(valid.status == 0)
        #expect(valid.stdout.contains("valid — ADEX-2024 and Securex Caspian 2024: 2 shows, 207 exhibitors"))
    }

    @Test func missingFileExits66AndBadUsage64() throws {
        let missing = try runner.run(["info", "--data", "/nonexistent.json"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "/nonexistent.json: cannot open: No such file or directory\n")
        let usage = try runner.run(["exhibitors", "--sort", "sideways"])
        #expect(usage.status == 64)
        let badMoment = try runner.run(["now", "--at", "yesterday-ish"])
        #expect(badMoment.status == 64)
        #expect(badMoment.stderr.hasPrefix("--at: cannot read \"yesterday-ish\" as a moment"))
    }

    @Test func hostileDataNeverReachesTheTerminalRaw() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("hostile.json").path
        let document = try Fixtures.fictionalDocument()
            .setting([.key("exhibitors"), .index(0), .key("name")], to: .string("Evil\u{1B}[2J\u{1B}]0;pwned\u{07}Corp\u{202E}"))
            .setting([.key("exhibitors"), .index(1), .key("country")], to: .string("\u{1B}[31mXX"))
        try JSONWriter.write(document).write(toFile: path, atomically: true, encoding: .utf8)
        let valid = try runner.run(["exhibitors", "--data", path])
        #expect(valid.status == 65, "the bad country makes it invalid")
        #expect(!valid.stderr.contains("\u{1B}"))
        let good = try Fixtures.fictionalDocument()
            .setting([.key("exhibitors"), .index(0), .key("name")], to: .string("Evil\u{1B}[2J\u{1B}]0;pwned\u{07}Corp\u{202E}"))
        try JSONWriter.write(good).write(toFile: path, atomically: true, encoding: .utf8)
        for command in [["exhibitors"], ["exhibitor", "azersky-drones"], ["search", "evil"]] {
            let result = try runner.run(command + ["--data", path])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stdout.contains("Evil␛[2J␛]0;pwned␇Corp"), "\(command)")
            let controls = result.stdout.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E }
            #expect(controls.isEmpty, "\(command)")
            let json = try runner.run(command + ["--data", path, "--json"])
            #expect(json.stdout.contains("Evil\\u001b[2J\\u001b]0;pwned\\u0007Corp\\u202e"), "\(command)")
            #expect(!json.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "\(command)")
        }
    }

    @Test func copiedBinaryWorksFromTheRootDirectoryWithTheBuildFolderOutOfReach() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("adex-guide").path
        try FileManager.default.copyItem(atPath: runner.executable, toPath: copy)
        let result = try BinaryRunner(executable: copy).run(["info", "--json"], directory: "/")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"id\": \"adex-2024\""))
        #expect(!result.stdout.contains(".build"))
    }

    @Test func noSubcommandWithoutATerminalExplainsAndExits69() throws {
        let result = try runner.run(Self.at)
        #expect(result.status == 69)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("adex-guide: standard output is not a terminal"))
        let json = try runner.run(Self.at + ["--json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"id\": \"adex-2024\""))
    }

    @Test func versionHelpAndCompletion() throws {
        #expect(try runner.run(["--version"]).stdout == "0.1.0\n")
        let help = try runner.run(["exhibitors", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--category <category>"))
        let completion = try runner.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.stdout.contains("_adex-guide"))
    }

    @Test func jsonOutputIsStableAndParses() throws {
        for command in [["info"], ["exhibitors"], ["exhibitor", "baykar"], ["categories"], ["countries"], ["halls"],
                        ["schedule"], ["now"], ["search", "drone"]] {
            let first = try runner.run(command + ["--json"] + Self.at)
            let second = try runner.run(command + ["--json"] + Self.at)
            #expect(first.status == 0, "\(command): \(first.stderr)")
            #expect(first.stdout == second.stdout)
            #expect((try? JSONParser.parse(Array(first.stdout.utf8))) != nil, "\(command)")
        }
    }
}
