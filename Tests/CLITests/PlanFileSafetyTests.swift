import Foundation
import GuideTestSupport
import Testing

/// The plan file against the real binary: a plan stamped at the end of time is edited without
/// loss, what is not a plan file is refused at once with a code and words, and a plan kept
/// elsewhere through a symbolic link stays a link.
@Suite struct PlanFileSafetyTests {
    let runner = BinaryRunner()

    struct State {
        let root: URL
        var environment: [String: String] { ["XDG_STATE_HOME": root.path] }
        var directory: String { root.appendingPathComponent("adex-guide").path }
        var plan: String { directory + "/plan-adex-2024.json" }

        init() throws {
            root = try Fixtures.temporaryDirectory()
            try FileManager.default.createDirectory(atPath: root.appendingPathComponent("adex-guide").path, withIntermediateDirectories: true)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        func names() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] }
    }

    /// Runs the binary; when it is still blocked after a generous while (a FIFO opened for
    /// reading waits for a writer), a writer is opened on `fifo` so the run ends and the test
    /// fails on what it printed, instead of hanging.
    func run(_ arguments: [String], _ state: State, releasing fifo: String? = nil) throws -> BinaryRunner.Outcome {
        let finished = LockedFlag()
        if let fifo {
            DispatchQueue.global().asyncAfter(deadline: .now() + 120) {
                guard !finished.isSet else { return }
                Issue.record("adex-guide \(arguments.joined(separator: " ")) was still blocked after 120 s")
                let writer = open(fifo, O_WRONLY | O_NONBLOCK)
                if writer >= 0 { close(writer) }
            }
        }
        defer { finished.set() }
        return try runner.run(arguments, environment: state.environment)
    }

    @Test func aPlanStampedAtTheLatestTimeIsEditedWithNothingLost() throws {
        let state = try State()
        defer { state.remove() }
        let end = "9999-12-31T23:59:59.999Z"
        try Data("""
            {"format": "adex-guide-plan/1", "event": "adex-2024", "saved": "\(end)", "items": [
              {"kind": "exhibitor", "id": "aselsan", "favourite": true, "priority": "must", "note": "radar demo", "added": "\(end)",
               "changed": {"favourite": "\(end)", "priority": "\(end)", "note": "\(end)"}},
              {"kind": "exhibitor", "id": "gone-since", "favourite": true, "changed": {"favourite": "\(end)"}}]}
            """.utf8).write(to: URL(fileURLWithPath: state.plan))
        for command in [["plan", "add", "roketsan"], ["plan", "note", "aselsan", "a"], ["plan", "add", "opening-ceremony"],
                        ["plan", "visited", "roketsan"], ["plan", "remove", "gone-since"]] {
            let outcome = try run(command, state)
            #expect(outcome.status == 0, "\(command): \(outcome.stderr)")
            #expect(outcome.stderr.isEmpty, "\(command): \(outcome.stderr)")
        }
        let shown = try run(["plan", "show", "--json"], state)
        #expect(shown.status == 0 && shown.stderr.isEmpty, "\(shown.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let exhibitors = try #require(object["exhibitors"] as? [[String: Any]])
        #expect(Set(exhibitors.compactMap { $0["id"] as? String }) == ["aselsan", "roketsan"])
        #expect(exhibitors.first { $0["id"] as? String == "aselsan" }?["note"] as? String == "a")
        #expect(exhibitors.first { $0["id"] as? String == "roketsan" }?["visited"] as? Bool == true)
        #expect((object["programme"] as? [[String: Any]])?.count == 1)
        #expect(state.names().allSatisfy { !$0.contains("unreadable") }, "\(state.names())")
        #expect(try !String(contentsOfFile: state.plan, encoding: .utf8).contains("10000-"))
    }

    /// Something that is not a plan file where the plan file goes: every command refuses it at
    /// once, names it, says what it is and what to do, exits with a sysexits code, and leaves it.
    @Test(arguments: [("fifo", "a FIFO (named pipe)", Int32(66)), ("dev-zero", "a character device", 66), ("directory", "a directory", 66),
                      ("sparse", "65536 MiB, more than the 64 MiB", 65)])
    func whatIsNotAPlanFileIsRefusedByEveryCommand(_ kind: String, _ words: String, _ code: Int32) throws {
        let state = try State()
        defer { state.remove() }
        switch kind {
        case "fifo": #expect(mkfifo(state.plan, 0o600) == 0)
        case "dev-zero": try FileManager.default.createSymbolicLink(atPath: state.plan, withDestinationPath: "/dev/zero")
        case "directory": try FileManager.default.createDirectory(atPath: state.plan, withIntermediateDirectories: false)
        default:
            let descriptor = open(state.plan, O_WRONLY | O_CREAT, 0o600)
            #expect(ftruncate(descriptor, 64 << 30) == 0)
            close(descriptor)
        }
        for command in [["plan", "show"], ["plan", "add", "aselsan"], ["plan", "export", "--format", "md"]] {
            let outcome = try run(command, state, releasing: kind == "fifo" ? state.plan : nil)
            #expect(outcome.status == code, "\(command): \(outcome.stderr)")
            #expect(outcome.stderr.contains(state.plan) && outcome.stderr.contains(words), "\(command): \(outcome.stderr)")
            #expect(outcome.stderr.contains("left as it is: move it away"), "\(command): \(outcome.stderr)")
            #expect(outcome.stdout.isEmpty, "\(command): \(outcome.stdout)")
        }
        var info = stat()
        #expect(lstat(state.plan, &info) == 0)
        #expect(state.names().allSatisfy { !$0.contains("unreadable") }, "\(state.names())")
    }

    @Test func importTakesOnlyARegularPlanFileOfBoundedSize() throws {
        let state = try State()
        defer { state.remove() }
        let other = state.root.appendingPathComponent("other").path
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        #expect(mkfifo(other + "/fifo.json", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: other + "/zero.json", withDestinationPath: "/dev/zero")
        let descriptor = open(other + "/sparse.json", O_WRONLY | O_CREAT, 0o600)
        #expect(ftruncate(descriptor, 8 << 30) == 0)
        close(descriptor)
        let cases: [(String, Int32, String)] = [
            ("fifo.json", 66, "is a FIFO (named pipe), not a plan file"),
            ("zero.json", 66, "is a character device, not a plan file"),
            ("", 66, "is a directory, not a plan file"),
            ("sparse.json", 65, "is 8192 MiB, more than the 64 MiB a plan file may have"),
            ("missing.json", 66, "cannot be read: there is no such file"),
        ]
        for (name, code, words) in cases {
            let file = name.isEmpty ? other : other + "/" + name
            let outcome = try run(["plan", "import", file], state, releasing: name == "fifo.json" ? file : nil)
            #expect(outcome.status == code, "\(name): \(outcome.stderr)")
            #expect(outcome.stderr.contains("\(file): \(words)"), "\(name): \(outcome.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: state.plan), "nothing was saved")
    }

    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// A plan kept in a synced folder through a link, and an export written to a link: both stay
    /// links, and the files they lead to get the new content.
    @Test func aLinkedPlanAndALinkedExportStayLinks() throws {
        let state = try State()
        defer { state.remove() }
        let synced = state.root.appendingPathComponent("Sync").path
        try FileManager.default.createDirectory(atPath: synced, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: state.plan, withDestinationPath: "../Sync/adex-plan.json")
        #expect(try run(["plan", "add", "aselsan", "--must"], state).status == 0)
        #expect(try run(["plan", "note", "aselsan", "radar at 14:00"], state).status == 0)
        #expect(Self.isLink(state.plan))
        let saved = try String(contentsOfFile: synced + "/adex-plan.json", encoding: .utf8)
        #expect(saved.contains(#""id": "aselsan""#) && saved.contains("radar at 14:00"))
        #expect(try run(["plan", "show"], state).stdout.contains("radar at 14:00"))

        try Data("old calendar".utf8).write(to: URL(fileURLWithPath: synced + "/adex.ics"))
        let link = state.root.appendingPathComponent("adex.ics").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: synced + "/adex.ics")
        let exported = try run(["plan", "export", "--output", link], state)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(Self.isLink(link))
        #expect(try String(contentsOfFile: synced + "/adex.ics", encoding: .utf8).hasPrefix("BEGIN:VCALENDAR"))
    }

    /// A note typed on the command line holds at most 1,000 characters, like the guide's editor;
    /// a longer one from a plan file is kept whole and printed whole by `plan show`.
    @Test func notesAreBoundedWhenTypedAndKeptWholeFromAFile() throws {
        let state = try State()
        defer { state.remove() }
        #expect(try run(["plan", "note", "aselsan", String(repeating: "n", count: 1_000)], state).status == 0)
        let tooLong = try run(["plan", "note", "aselsan", String(repeating: "ü", count: 1_001)], state)
        #expect(tooLong.status == 64)
        #expect(tooLong.stderr.contains("a note holds at most 1000 characters (this one has 1001); nothing was changed"), "\(tooLong.stderr)")
        let long = String(repeating: "word ", count: 20_000) + "end"
        let file = state.root.appendingPathComponent("colleague.json").path
        try Data("""
            {"format": "adex-guide-plan/1", "event": "adex-2024", "items": [{"kind": "exhibitor", "id": "roketsan", "favourite": true,
             "note": "\(long)", "changed": {"favourite": "2024-09-20T10:00:00.000Z", "note": "2024-09-20T10:00:00.000Z"}}]}
            """.utf8).write(to: URL(fileURLWithPath: file))
        #expect(try run(["plan", "import", file], state).status == 0)
        let shown = try run(["plan", "show", "--json"], state)
        #expect(shown.stdout.contains(long))
        #expect(try run(["plan", "show"], state).stdout.contains(long))
    }

    /// A plan file that cannot be understood is moved aside, and the message says where, in full.
    @Test func aMovedAsidePlanIsReportedWithWhereItWent() throws {
        let state = try State()
        defer { state.remove() }
        try Data(#"{"format": "adex-guide-plan/1", "event": "adex-2024", "items": [{"kind": "stand"}]}"#.utf8)
            .write(to: URL(fileURLWithPath: state.plan))
        let outcome = try run(["plan", "show"], state)
        #expect(outcome.status == 0)
        let aside = try #require(state.names().first { $0.hasPrefix("plan-adex-2024.json.unreadable-") })
        #expect(outcome.stderr.contains("moved to \(state.directory)/\(aside) (kept as it was); a new plan was started"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("$.items[0].kind"), "\(outcome.stderr)")
    }
}

/// A flag set once, read from another thread.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
