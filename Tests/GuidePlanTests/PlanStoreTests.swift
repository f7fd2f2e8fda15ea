import Foundation
import GuideModel
import GuidePlan
import GuideTestSupport
import Testing

/// The plan on disk: whatever is saved is read back, whatever sits where the plan file should be
/// is never read without bound nor blocked on, and a plan kept elsewhere through a symbolic link
/// stays a link.
@Suite struct PlanStoreTests {
    /// A scratch state directory with a store for the ADEX event.
    struct Scratch {
        let root: URL
        let store: PlanStore

        init() throws {
            root = try Fixtures.temporaryDirectory()
            store = PlanStore(directory: root.appendingPathComponent("adex-guide").path, eventID: "adex-2024")
            try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        func path(_ name: String) -> String { root.appendingPathComponent(name).path }

        func names(in directory: String) -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory))?.sorted() ?? [] }
    }

    static let latest = PlanTimestamp.latest

    /// A plan file whose every time is the latest a file can hold.
    static let planAtTheEndOfTime = """
        {"format": "adex-guide-plan/1", "event": "adex-2024", "saved": "9999-12-31T23:59:59.999Z", "items": [
          {"kind": "exhibitor", "id": "aselsan", "favourite": true, "priority": "must", "note": "radar demo", "visited": true,
           "added": "9999-12-31T23:59:59.999Z", "changed": {"favourite": "9999-12-31T23:59:59.999Z",
           "priority": "9999-12-31T23:59:59.999Z", "note": "9999-12-31T23:59:59.999Z", "visited": "9999-12-31T23:59:59.999Z"}},
          {"kind": "exhibitor", "id": "roketsan", "favourite": true, "changed": {"favourite": "9999-12-31T23:59:59.999Z"}},
          {"kind": "programme", "id": "opening", "favourite": true, "note": "zz", "changed": {"favourite": "9999-12-31T23:59:59.999Z",
           "note": "9999-12-31T23:59:59.999Z"}}
        ]}
        """

    // MARK: - Defect: stamps at the end of time

    /// Editing a plan whose changes are stamped at the latest time a file holds: every edit is
    /// saved and read back, nothing is moved aside, nothing is lost, even edits that a merge of
    /// two equal times would have decided the other way (a note made "smaller", a favourite
    /// removed, a visit taken back).
    @Test func editsOfAPlanStampedAtTheLatestTimeAreAllKept() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Data(Self.planAtTheEndOfTime.utf8).write(to: URL(fileURLWithPath: scratch.store.path))
        var loaded = try scratch.store.load(now: 1_727_150_400_000)
        #expect(loaded.movedAside == nil)
        #expect(loaded.plan.count == 3)
        var version = loaded.version
        let edits: [(inout Plan, Int64) -> Void] = [
            { plan, now in plan.add(.exhibitor("baykar"), at: now) },
            { plan, now in plan.setNote("a", of: .exhibitor("aselsan"), at: now) },
            { plan, now in plan.remove(.exhibitor("roketsan"), at: now) },
            { plan, now in plan.setVisited(false, of: .exhibitor("aselsan"), at: now) },
            { plan, now in plan.setPriority(.maybe, of: .exhibitor("aselsan"), at: now) },
            { plan, now in plan.setNote("", of: .programmeItem("opening"), at: now) },
            { plan, now in plan.add(.exhibitor("roketsan"), at: now) },
            { plan, now in plan.setNote("b", of: .exhibitor("aselsan"), at: now) },
        ]
        var expected = loaded.plan
        for (index, edit) in edits.enumerated() {
            var plan = loaded.plan
            edit(&plan, 1_727_150_400_000 + Int64(index))
            edit(&expected, 1_727_150_400_000 + Int64(index))
            let saved = try scratch.store.save(plan, basedOn: version, now: Int64.max)
            #expect(saved.movedAside == nil)
            version = saved.version
            loaded = try scratch.store.load(now: 1_727_150_400_000)
            #expect(loaded.movedAside == nil, "edit \(index)")
            #expect(loaded.plan == expected, "edit \(index)")
        }
        let aselsan = try #require(loaded.plan.mark(.exhibitor("aselsan")))
        #expect(aselsan.note.value == "b" && aselsan.priority.value == .maybe && !aselsan.visited.value)
        #expect(loaded.plan.contains(exhibitor: "roketsan") && loaded.plan.contains(exhibitor: "baykar"))
        #expect(loaded.plan.mark(.programmeItem("opening"))?.note.value == "")
        #expect(loaded.plan.marks.values.allSatisfy { $0.lastChange <= Self.latest })
        #expect(scratch.names(in: scratch.store.directory).allSatisfy { !$0.contains("unreadable") })
        let text = try String(contentsOfFile: scratch.store.path, encoding: .utf8)
        #expect(!text.contains("10000-"))
    }

    /// Another guide's save between this guide's read and write is merged in, not overwritten.
    @Test func aSaveMergesWhatAnotherGuideSavedMeanwhile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var first = Plan(eventID: "adex-2024")
        first.add(.exhibitor("aselsan"), at: 1_000)
        let base = try scratch.store.save(first, now: 1_000)
        var mine = base.plan
        var theirs = base.plan
        theirs.setNote("from the other guide", of: .exhibitor("aselsan"), at: 2_000)
        _ = try scratch.store.save(theirs, basedOn: base.version, now: 2_000)
        mine.add(.exhibitor("roketsan"), at: 3_000)
        let saved = try scratch.store.save(mine, basedOn: base.version, now: 3_000)
        #expect(saved.plan.mark(.exhibitor("aselsan"))?.note.value == "from the other guide")
        #expect(saved.plan.contains(exhibitor: "roketsan"))
        #expect(try scratch.store.load(now: 4_000).plan == saved.plan)
        #expect(try scratch.store.loadIfChanged(since: saved.version, now: 4_000) == nil)
        #expect(try scratch.store.loadIfChanged(since: base.version, now: 4_000)?.plan == saved.plan)
    }

    /// A plan whose file would pass the size limit is not written, and the one on disk stays.
    @Test func aSaveThatWouldPassTheLimitIsRefusedAndTheFileKept() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var plan = Plan(eventID: "adex-2024")
        plan.add(.exhibitor("aselsan"), at: 1_000)
        let saved = try scratch.store.save(plan, now: 1_000)
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.store.path))
        var huge = saved.plan
        huge.setNote(String(repeating: "n", count: PlanFile.maximumSize), of: .exhibitor("aselsan"), at: 2_000)
        let error = #expect(throws: PlanStoreError.self) { _ = try scratch.store.save(huge, basedOn: saved.version, now: 2_000) }
        #expect(error?.kind == .tooLarge && error?.exitCode == 65, "\(String(describing: error))")
        #expect(error?.message.contains("more than the 64 MiB") == true && error?.message.contains("not saved") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.store.path)) == before)
    }

    // MARK: - Defect: what is not a plan file is never read without bound

    /// Things that are not regular files, put where the plan file goes.
    enum NotAPlan: String, CaseIterable, CustomTestStringConvertible {
        case linkToDevZero, fifoWithoutWriter, directory, sparseFileOverTheLimit, socket, linkToFIFO

        var testDescription: String { rawValue }

        /// Makes it at `path`; what the error says it is.
        func make(at path: String) throws -> String {
            switch self {
            case .linkToDevZero:
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
                return "a character device"
            case .fifoWithoutWriter:
                #expect(mkfifo(path, 0o600) == 0)
                return "a FIFO"
            case .linkToFIFO:
                #expect(mkfifo(path + ".fifo", 0o600) == 0)
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: path + ".fifo")
                return "a FIFO"
            case .directory:
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
                return "a directory"
            case .sparseFileOverTheLimit:
                let descriptor = open(path, O_WRONLY | O_CREAT, 0o600)
                #expect(descriptor >= 0)
                #expect(ftruncate(descriptor, off_t(PlanFile.maximumSize) * 1024) == 0)
                close(descriptor)
                return "65536 MiB"
            case .socket:
                // Socket paths are limited to 108 bytes: bound at a short path, reached through a link.
                let socketPath = "/tmp/adex-plan-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
                let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
                defer { close(descriptor) }
                var address = sockaddr_un()
                address.sun_family = sa_family_t(AF_UNIX)
                withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(socketPath.utf8)) }
                let bound = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
                }
                try #require(bound == 0, "bind \(socketPath): errno \(errno)")
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: socketPath)
                try FileManager.default.createSymbolicLink(atPath: path + ".socket", withDestinationPath: socketPath)
                return "a socket"
            }
        }
    }

    /// Runs `body` off the test's thread and waits for it, generously; when it does not return
    /// (a FIFO opened for reading blocks until a writer comes), a writer is opened on `fifo` to
    /// release it, and the test fails instead of hanging.
    static func returns<T: Sendable>(releasing fifo: String?, _ body: @escaping @Sendable () -> T) -> T? {
        let done = DispatchSemaphore(value: 0)
        let result = LockedBox<T>()
        Thread.detachNewThread {
            result.set(body())
            done.signal()
        }
        if done.wait(timeout: .now() + 120) == .timedOut {
            Issue.record("still blocked after 120 s")
            if let fifo {
                let writer = open(fifo, O_WRONLY | O_NONBLOCK)
                if writer >= 0 { close(writer) }
            }
            _ = done.wait(timeout: .now() + 30)
        }
        return result.get()
    }

    @Test(arguments: NotAPlan.allCases)
    func whatIsNotAPlanFileIsRefusedPromptlyAndLeftAsItIs(_ kind: NotAPlan) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.store.path
        let expected = try kind.make(at: path)
        defer {
            // The socket itself is outside the scratch directory.
            if let socketPath = try? FileManager.default.destinationOfSymbolicLink(atPath: path + ".socket") { unlink(socketPath) }
        }
        let store = scratch.store
        for attempt in ["load", "save"] {
            let outcome = Self.returns(releasing: path) { () -> Result<Int, PlanStoreError> in
                do throws(PlanStoreError) {
                    if attempt == "load" { return .success(try store.load(now: 1_000).plan.count) }
                    return .success(try store.save(Plan(eventID: "adex-2024"), now: 1_000).plan.count)
                } catch {
                    return .failure(error)
                }
            }
            guard case .failure(let error) = outcome else {
                Issue.record("\(attempt) of \(kind) gave \(String(describing: outcome))")
                continue
            }
            #expect(error.exitCode == (kind == .sparseFileOverTheLimit ? 65 : 66), "\(attempt): \(error)")
            #expect(error.description.contains(expected), "\(attempt): \(error)")
            #expect(error.description.contains("left as it is"), "\(attempt): \(error)")
            #expect(error.path.hasPrefix(path), "\(attempt): \(error)")
            if kind == .linkToDevZero { #expect(error.path.hasSuffix("(a link to /dev/zero)"), "\(error)") }
        }
        var info = stat()
        #expect(lstat(path, &info) == 0, "still there")
        #expect(!scratch.names(in: store.directory).contains { $0.contains("unreadable") })
    }

    /// The reader itself, on a file that grows past the limit after it was measured: it reads at
    /// most one byte more than the limit.
    @Test func theReaderStopsAtTheLimit() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.path("small")
        try Data(repeating: 0x41, count: 1_000).write(to: URL(fileURLWithPath: file))
        #expect(try RegularFile.read(file, limit: 1_000).count == 1_000)
        #expect(throws: RegularFileError.tooLarge(size: 1_000, limit: 999)) { try RegularFile.read(file, limit: 999) }
        #expect(throws: RegularFileError.missing) { try RegularFile.read(scratch.path("none"), limit: 10) }
        // /proc files say they are empty and are not: read to their end all the same.
        #expect(try RegularFile.read("/proc/self/status", limit: 1 << 20).count > 0)
        #expect(throws: RegularFileError.tooLarge(size: 11, limit: 10)) { try RegularFile.read("/proc/self/status", limit: 10) }
    }

    // MARK: - Defect: a symbolic link to the plan stays a link

    /// Ways of keeping the plan elsewhere through links: (link name -> target) pairs made in the
    /// scratch directory, the first one being the plan path; and where the plan really is.
    enum LinkSetup: String, CaseIterable, CustomTestStringConvertible {
        case absoluteLinkToAnotherDirectory, relativeLink, chainOfTwoLinks, danglingLink, linkToADirectoryLink

        var testDescription: String { rawValue }

        /// Makes the links; returns the real file's path.
        func make(_ scratch: Scratch, existing: Bool) throws -> String {
            let synced = scratch.path("Synced")
            try FileManager.default.createDirectory(atPath: synced, withIntermediateDirectories: true)
            let real = synced + "/my-plan.json"
            if existing && self != .danglingLink {
                var plan = Plan(eventID: "adex-2024")
                plan.add(.exhibitor("aselsan"), at: 1_000)
                try Data(PlanFile.bytes(plan, savedAt: 1_000)).write(to: URL(fileURLWithPath: real))
            }
            let link = scratch.store.path
            switch self {
            case .absoluteLinkToAnotherDirectory, .danglingLink:
                try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
            case .relativeLink:
                try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../Synced/my-plan.json")
            case .chainOfTwoLinks:
                try FileManager.default.createSymbolicLink(atPath: scratch.path("middle.json"), withDestinationPath: "Synced/my-plan.json")
                try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.path("middle.json"))
            case .linkToADirectoryLink:
                try FileManager.default.createSymbolicLink(atPath: scratch.path("SyncedLink"), withDestinationPath: "Synced")
                try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.path("SyncedLink/my-plan.json"))
            }
            return real
        }
    }

    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    @Test(arguments: LinkSetup.allCases)
    func aSaveWritesThroughTheLinkAndKeepsIt(_ setup: LinkSetup) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let real = try setup.make(scratch, existing: true)
        let loaded = try scratch.store.load(now: 2_000)
        #expect(loaded.plan.contains(exhibitor: "aselsan") == (setup != .danglingLink))
        var plan = loaded.plan
        plan.add(.exhibitor("roketsan"), at: 2_000)
        _ = try scratch.store.save(plan, basedOn: loaded.version, now: 2_000)
        #expect(Self.isLink(scratch.store.path), "the plan path is still a link")
        let written = try PlanFile.decode(try RegularFile.read(real, limit: 1 << 20), file: real)
        #expect(written.contains(exhibitor: "roketsan"))
        #expect(written.contains(exhibitor: "aselsan") == (setup != .danglingLink))
        // The lock and any temporary file are beside the real file; nothing else is left behind.
        #expect(scratch.names(in: scratch.path("Synced")) == ["my-plan.json", "my-plan.json.lock"])
        #expect(!scratch.names(in: scratch.store.directory).contains { $0.hasSuffix(".tmp") })
        #expect(try scratch.store.load(now: 3_000).plan == written)
    }

    /// A damaged plan behind a link is moved aside beside the real file; the link stays, and the
    /// next save makes the real file again through it.
    @Test func aDamagedPlanBehindALinkIsMovedAsideBesideTheRealFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let real = try LinkSetup.relativeLink.make(scratch, existing: false)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: real))
        let loaded = try scratch.store.load(now: 1_727_150_400_000)
        let aside = try #require(loaded.movedAside)
        #expect(aside.path.hasPrefix(real + ".unreadable-"))
        #expect(try String(contentsOfFile: aside.path, encoding: .utf8) == "{ not json")
        #expect(Self.isLink(scratch.store.path))
        var plan = loaded.plan
        plan.add(.exhibitor("aselsan"), at: 1_727_150_400_000)
        _ = try scratch.store.save(plan, basedOn: loaded.version, now: 1_727_150_400_000)
        #expect(Self.isLink(scratch.store.path))
        #expect(try scratch.store.load(now: 1_727_150_500_000).plan.contains(exhibitor: "aselsan"))
    }

    /// A link whose target's directory is missing, or a loop of links: a clear error, and the link
    /// is left as it was.
    @Test func aLinkThatCannotBeWrittenThroughIsAClearError() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.store.path, withDestinationPath: scratch.path("Unmounted/plan.json"))
        #expect(try scratch.store.load(now: 1_000).plan.isEmpty)
        var plan = Plan(eventID: "adex-2024")
        plan.add(.exhibitor("aselsan"), at: 1_000)
        let missingDirectory = #expect(throws: PlanStoreError.self) { _ = try scratch.store.save(plan, now: 1_000) }
        #expect(missingDirectory?.exitCode == 73)
        #expect(missingDirectory?.description.contains("Unmounted") == true && missingDirectory?.description.contains("is a link to") == true,
                "\(String(describing: missingDirectory))")
        #expect(Self.isLink(scratch.store.path))

        try FileManager.default.removeItem(atPath: scratch.store.path)
        try FileManager.default.createSymbolicLink(atPath: scratch.store.path, withDestinationPath: scratch.path("loop"))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("loop"), withDestinationPath: scratch.store.path)
        let loop = #expect(throws: PlanStoreError.self) { _ = try scratch.store.save(plan, now: 1_000) }
        #expect(loop?.message.contains("loops") == true, "\(String(describing: loop))")
        #expect(Self.isLink(scratch.store.path) && Self.isLink(scratch.path("loop")))
    }

    /// Exports share the atomic writer: an export written to a link replaces the file it links to.
    @Test func anExportWrittenToALinkKeepsTheLink() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path("Calendar"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: scratch.path("Calendar/adex.ics")))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("adex.ics"), withDestinationPath: "Calendar/adex.ics")
        try AtomicFile.write(Array("new".utf8), to: scratch.path("adex.ics"), what: "the export")
        #expect(Self.isLink(scratch.path("adex.ics")))
        #expect(try String(contentsOfFile: scratch.path("Calendar/adex.ics"), encoding: .utf8) == "new")
        #expect(scratch.names(in: scratch.path("Calendar")) == ["adex.ics"])
    }
}

/// A value handed from one thread to another.
final class LockedBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?

    func set(_ newValue: T) { lock.withLock { value = newValue } }
    func get() -> T? { lock.withLock { value } }
}
