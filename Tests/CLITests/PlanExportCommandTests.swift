import Foundation
import GuideModel
import GuideTestSupport
import Testing

/// `adex-guide plan export` against the real binary: every format to standard output and to a
/// file, the notes on standard error, and the exit codes of what can go wrong.
@Suite struct PlanExportCommandTests {
    let runner = BinaryRunner()
    static let fictional = ["--data", Fixtures.fixture("fictional-expo.json")]

    /// A scratch state directory holding a plan built with `plan add`/`visited` commands.
    struct Scratch {
        let directory: URL
        var environment: [String: String] { ["XDG_STATE_HOME": directory.appendingPathComponent("state").path] }

        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    func scratch(_ commands: [[String]]) throws -> Scratch {
        let scratch = Scratch(directory: try Fixtures.temporaryDirectory())
        for command in commands {
            let outcome = try runner.run(command, environment: scratch.environment)
            #expect(outcome.status == 0, "\(command): \(outcome.stderr)")
        }
        return scratch
    }

    /// The bundled ADEX-2024 data: no times, one item without a day, exhibitors without stands.
    func bundledPlan() throws -> Scratch {
        try scratch([
            ["plan", "add", "aselsan", "--must"],
            ["plan", "add", "azersilah"],
            ["plan", "visited", "azersilah"],
            ["plan", "add", "opening-ceremony"],
            ["plan", "add", "--programme", "hasanov-meets-strategic-plans-division"],
        ])
    }

    /// The fictional show: times, a clash, halls with floor plans.
    func fictionalPlan() throws -> Scratch {
        try scratch([
            Self.fictional + ["plan", "add", "drone-demo", "--must"],
            Self.fictional + ["plan", "add", "optics-talk"],
            Self.fictional + ["plan", "add", "closing"],
            Self.fictional + ["plan", "add", "azersky-drones", "--must"],
            Self.fictional + ["plan", "add", "bosphorus-optics"],
            Self.fictional + ["plan", "visited", "bosphorus-optics"],
        ])
    }

    /// `scripts/validate-ics.py` on the files (Python's icalendar; scripts/test installs it).
    static func validateICS(_ files: [String]) throws -> (status: Int32, output: String) {
        try PythonScript.run("scripts/validate-ics.py", files)
    }

    static func expectValidCalendar(_ file: String) throws {
        let result = try validateICS([file])
        #expect(result.status != 2, "python3 or its icalendar package is missing; scripts/test installs it: \(result.output)")
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func everyFormatGoesToStandardOutputWithNotesOnStandardError() throws {
        let plan = try bundledPlan()
        defer { plan.remove() }

        let ics = try runner.run(["plan", "export", "--format", "ics"], environment: plan.environment)
        #expect(ics.status == 0, "\(ics.stderr)")
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.stdout.contains("SUMMARY:Opening ceremony of ADEX-2024"))
        #expect(!ics.stdout.contains("VTODO"))
        // What was left out is said on standard error, never mixed into the file.
        #expect(ics.stderr.contains("1 programme item has no published day and is not in the calendar: Defence Minister Hasanov"))
        #expect(ics.stderr.contains("2 favourite exhibitors are not in the calendar; add --visits to include them as to-dos."))
        #expect(!ics.stdout.contains("no published day and"))
        try Data(ics.stdout.utf8).write(to: URL(fileURLWithPath: plan.path("stdout.ics")))
        try Self.expectValidCalendar(plan.path("stdout.ics"))

        let visits = try runner.run(["plan", "export", "--format", "ics", "--visits"], environment: plan.environment)
        #expect(visits.status == 0)
        #expect(visits.stdout.contains("BEGIN:VTODO"))
        #expect(visits.stdout.contains("SUMMARY:Visit ASELSAN"))
        #expect(!visits.stderr.contains("--visits"))

        let markdown = try runner.run(["plan", "export", "--format", "md"], environment: plan.environment)
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# ADEX-2024 and Securex Caspian 2024: my plan\n"))
        #expect(markdown.stdout.contains("ASELSAN"))
        #expect(markdown.stderr.isEmpty, "\(markdown.stderr)")

        let csv = try runner.run(["plan", "export", "-f", "csv"], environment: plan.environment)
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("kind,id,name,day,start,end,hall,stand,priority,visited,note\r\n"))
        #expect(csv.stdout.contains("exhibitor,azersilah,"))
        #expect(csv.stdout.contains(",maybe,yes,"))

        let json = try runner.run(["plan", "export", "--format", "json"], environment: plan.environment)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["programme"] is [Any])
        #expect(object["exhibitors"] is [Any])

        // "-" is standard output too; --json alone means the JSON format.
        let dash = try runner.run(["plan", "export", "--format", "md", "--output", "-"], environment: plan.environment)
        #expect(dash.stdout.hasPrefix("# ADEX-2024"))
        #expect(!dash.stdout.contains("Wrote"))
        #expect(try runner.run(["plan", "export", "--json"], environment: plan.environment).stdout.hasPrefix("{"))
    }

    @Test func aFileIsWrittenWholeAndReported() throws {
        let plan = try fictionalPlan()
        defer { plan.remove() }
        let file = plan.path("out/my plan.ics")
        try FileManager.default.createDirectory(atPath: plan.path("out"), withIntermediateDirectories: true)

        let outcome = try runner.run(Self.fictional + ["plan", "export", "--format", "ics", "--output", file, "--visits", "--at", "2030-06-03T09:00"],
                                     environment: plan.environment)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // 3 programme items as events, 2 exhibitors as to-dos.
        #expect(outcome.stdout == "Wrote \(file) (iCalendar, 5 items)\n")
        #expect(outcome.stderr.isEmpty, "\(outcome.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("SUMMARY:Drone demonstration"))
        #expect(text.contains("DTSTAMP:20300603T070000Z"))
        try Self.expectValidCalendar(file)
        // Nothing left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: plan.path("out")) == ["my plan.ics"])

        // Replacing a file keeps its permissions; the same moment gives the same bytes.
        chmod(file, 0o640)
        let again = try runner.run(Self.fictional + ["plan", "export", "--format", "ics", "--output", file, "--visits", "--at", "2030-06-03T09:00"],
                                   environment: plan.environment)
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)

        // The format follows the file's extension when --format is not given.
        for (name, start, count) in [("plan.md", "# Fictional Expo 2030", 5), ("plan.csv", "kind,id,name", 5), ("plan.json", "{", 5)] {
            let result = try runner.run(Self.fictional + ["plan", "export", "-o", plan.path(name)], environment: plan.environment)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasSuffix("(\(name == "plan.md" ? "Markdown" : name == "plan.csv" ? "CSV" : "JSON"), \(count) items)\n"))
            #expect(try String(contentsOfFile: plan.path(name), encoding: .utf8).hasPrefix(start))
        }
    }

    @Test func anEmptyPlanStillGivesAValidFile() throws {
        let scratch = try scratch([])
        defer { scratch.remove() }
        let file = scratch.path("empty.ics")
        let outcome = try runner.run(["plan", "export", "--format", "ics", "-o", file], environment: scratch.environment)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "Wrote \(file) (iCalendar, 0 items)\n")
        #expect(outcome.stderr.contains("Your plan is empty"))
        try Self.expectValidCalendar(file)
        let csv = try runner.run(["plan", "export", "--format", "csv"], environment: scratch.environment)
        #expect(csv.stdout == "kind,id,name,day,start,end,hall,stand,priority,visited,note\r\n")
        #expect(csv.stderr.contains("Your plan is empty"))
    }

    @Test func whatCannotBeWrittenFailsWithCantCreate() throws {
        let plan = try bundledPlan()
        defer {
            chmod(plan.path("locked"), 0o700)
            plan.remove()
        }
        let missing = try runner.run(["plan", "export", "-f", "md", "-o", plan.path("no-such-dir/plan.md")], environment: plan.environment)
        #expect(missing.status == 73)
        #expect(missing.stderr == "adex-guide: cannot write \(plan.path("no-such-dir/plan.md")): the directory \(plan.path("no-such-dir")) does not exist\n")
        #expect(missing.stdout.isEmpty)

        try Data("x".utf8).write(to: URL(fileURLWithPath: plan.path("a-file")))
        let underAFile = try runner.run(["plan", "export", "-f", "md", "-o", plan.path("a-file/plan.md")], environment: plan.environment)
        #expect(underAFile.status == 73)
        #expect(underAFile.stderr.contains("is not a directory"))

        let directory = try runner.run(["plan", "export", "-f", "md", "-o", plan.directory.path], environment: plan.environment)
        #expect(directory.status == 73)
        #expect(directory.stderr.contains("it is a directory"))

        let proc = try runner.run(["plan", "export", "-f", "md", "-o", "/proc/no-such-place/plan.md"], environment: plan.environment)
        #expect(proc.status == 73)
        #expect(proc.stderr.contains("/proc/no-such-place/plan.md"))

        try FileManager.default.createDirectory(atPath: plan.path("locked"), withIntermediateDirectories: true)
        chmod(plan.path("locked"), 0o500)
        let locked = try runner.run(["plan", "export", "-f", "md", "-o", plan.path("locked/plan.md")], environment: plan.environment)
        if getuid() == 0 {
            #expect(locked.status == 0)  // root writes anywhere
        } else {
            #expect(locked.status == 73)
            #expect(locked.stderr.hasPrefix("adex-guide: cannot write \(plan.path("locked/plan.md")): cannot write here (Permission denied)"))
        }
    }

    @Test func badUsageIsExit64() throws {
        let unknown = try runner.run(["plan", "export", "--format", "pdf"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("The value 'pdf' is invalid for '--format <format>'. Please provide one of 'ics', 'md', 'csv' or 'json'."))
        #expect(unknown.stdout.isEmpty)

        let none = try runner.run(["plan", "export"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("plan export needs --format (ics, md, csv, json)"))

        let visits = try runner.run(["plan", "export", "--format", "csv", "--visits"])
        #expect(visits.status == 64)
        #expect(visits.stderr.contains("--visits is for --format ics only"))

        // Longer names work as well.
        #expect(try runner.run(["plan", "export", "--format", "Markdown"]).stdout.hasPrefix("# "))
    }
}
