#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a plan lives on disk and how it gets there safely: one file per event,
/// `$XDG_STATE_HOME/adex-guide/plan-<event>.json` (default `~/.local/state/adex-guide/`).
///
/// - A save is atomic: the plan is written to a temporary file in the same directory, flushed to
///   disk (`fsync`), renamed over the old file, and the directory is flushed. A crash or kill at
///   any moment leaves the old plan or the new one, never a mix.
/// - Two guides open on the same plan: a save takes an exclusive lock (`flock` on
///   `plan-<event>.json.lock`), re-reads the file, merges it with the plan in memory
///   (`Plan.merged(with:)`, field by field, later setting wins), writes the result and hands it
///   back, so neither guide's changes are lost and each sees the other's after its next save.
/// - A file that cannot be understood is moved aside (`plan-<event>.json.unreadable-<time>`), never
///   overwritten or deleted; the caller tells the visitor where it went.
public struct PlanStore: Sendable {
    public let directory: String
    public let eventID: String

    public init(directory: String, eventID: String) {
        self.directory = directory
        self.eventID = eventID
    }

    /// The standard location: `$XDG_STATE_HOME/adex-guide`, else `$HOME/.local/state/adex-guide`;
    /// nil when neither variable is set (there is nowhere to keep a plan).
    public static func standard(eventID: String, environment: [String: String]) -> PlanStore? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return PlanStore(directory: state + "/adex-guide", eventID: eventID)
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return PlanStore(directory: home + "/.local/state/adex-guide", eventID: eventID)
    }

    /// The event id as a file name: letters, digits, `.`, `-` and `_` kept, anything else `_`.
    var fileStem: String {
        let safe = eventID.unicodeScalars.map { scalar -> Character in
            let value = scalar.value
            let isSafe = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || scalar == "." || scalar == "-" || scalar == "_"
            return isSafe ? Character(scalar) : "_"
        }
        let stem = String(safe)
        return "plan-" + (stem.isEmpty || stem.hasPrefix(".") ? "_" + stem : stem)
    }

    public var path: String { directory + "/" + fileStem + ".json" }
    var lockPath: String { path + ".lock" }

    // MARK: - Loading

    /// The saved plan, and what had to be done to get it.
    public struct Loaded: Sendable {
        public var plan: Plan
        /// Where an unreadable plan file was moved, with why it could not be read.
        public var movedAside: (path: String, problem: String)?
    }

    /// Reads the plan: an empty one when there is no file yet; an unreadable file is moved aside
    /// and an empty plan returned. Throws only when the file exists but cannot even be opened or
    /// moved (no permission): then nothing may be written over it either.
    public func load(now: Int64) throws(PlanStoreError) -> Loaded {
        let lock = try? Lock(path: lockPath, directory: directory, createDirectory: false)
        defer { lock?.release() }
        switch try readPlanFile() {
        case .missing:
            return Loaded(plan: Plan(eventID: eventID))
        case .plan(let plan):
            return Loaded(plan: plan)
        case .unreadable(let problem):
            let aside = try moveAside(now: now)
            return Loaded(plan: Plan(eventID: eventID), movedAside: (aside, problem))
        }
    }

    // MARK: - Saving

    /// What a save did.
    public struct Saved: Sendable {
        /// The plan now on disk: `plan` merged with what another guide had saved meanwhile.
        public var plan: Plan
        /// An unreadable file found on disk and moved aside before writing.
        public var movedAside: (path: String, problem: String)?
    }

    /// Merges `plan` with the file on disk and writes the result atomically, under the lock.
    public func save(_ plan: Plan, now: Int64) throws(PlanStoreError) -> Saved {
        let lock = try Lock(path: lockPath, directory: directory, createDirectory: true)
        defer { lock.release() }
        removeStaleTemporaryFiles()
        var merged = plan
        var movedAside: (String, String)?
        switch try readPlanFile() {
        case .missing: break
        case .plan(let onDisk): merged = plan.merged(with: onDisk)
        case .unreadable(let problem): movedAside = (try moveAside(now: now), problem)
        }
        try writeAtomically(PlanFile.encode(merged, savedAt: now))
        return Saved(plan: merged, movedAside: movedAside)
    }

    // MARK: - Files

    private enum ReadResult {
        case missing
        case plan(Plan)
        case unreadable(String)
    }

    private func readPlanFile() throws(PlanStoreError) -> ReadResult {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            if code == ENOENT { return .missing }
            if code == EACCES || code == EPERM {
                throw PlanStoreError(.noPermission, path: path, message: "cannot be read (\(Self.describe(code)))")
            }
            throw PlanStoreError(.io, path: path, message: "cannot be opened (\(Self.describe(code)))")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                if code == EISDIR { return .unreadable("is a directory, not a plan file") }
                throw PlanStoreError(.io, path: path, message: "reading failed (\(Self.describe(code)))")
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        do {
            let plan = try PlanFile.decode(bytes, file: path)
            guard plan.eventID == eventID else {
                return .unreadable("is the plan of event \"\(plan.eventID)\", not \"\(eventID)\"")
            }
            return .plan(plan)
        } catch {
            return .unreadable("\(error.location): \(error.message)")
        }
    }

    /// Renames the plan file to `<path>.unreadable-<UTC time>` (with a number if that exists).
    private func moveAside(now: Int64) throws(PlanStoreError) -> String {
        let stamp = PlanTimestamp.text(now).filter { $0 != ":" && $0 != "-" }.replacingDot()
        var target = path + ".unreadable-" + stamp
        var number = 2
        while access(target, F_OK) == 0 {
            target = path + ".unreadable-" + stamp + "-\(number)"
            number += 1
        }
        guard rename(path, target) == 0 else {
            throw PlanStoreError(.cannotWrite, path: path, message: "cannot be read and cannot be moved aside (\(Self.describe(errno)))")
        }
        return target
    }

    private var temporaryPrefix: String { directory + "/." + fileStem + ".json." }

    private func writeAtomically(_ text: String) throws(PlanStoreError) {
        try AtomicFile.write(Array(text.utf8), to: path, temporary: temporaryPrefix + "\(getpid()).tmp", permissions: 0o600,
                             what: "the plan", unchanged: "the saved plan is unchanged")
    }

    /// Temporary files left by a guide killed in the middle of a save. Called under the lock, when
    /// no other guide can be writing one.
    private func removeStaleTemporaryFiles() {
        guard let listing = opendir(directory) else { return }
        defer { closedir(listing) }
        let prefix = "." + fileStem + ".json."
        while let entry = readdir(listing) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(prefix) && name.hasSuffix(".tmp") { unlink(directory + "/" + name) }
        }
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// An exclusive `flock` held for one load or save.
    private struct Lock {
        let descriptor: Int32

        init(path: String, directory: String, createDirectory: Bool) throws(PlanStoreError) {
            if createDirectory { try PlanStore.makeDirectories(directory) }
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw PlanStoreError(.cannotWrite, path: directory, message: "cannot save the plan here (\(PlanStore.describe(errno)))")
            }
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
            self.descriptor = descriptor
        }

        func release() {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
    }

    /// `mkdir -p` with owner-only permissions.
    static func makeDirectories(_ path: String) throws(PlanStoreError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw PlanStoreError(.cannotWrite, path: current, message: "cannot be created (\(describe(errno)))")
            }
        }
    }
}

private extension String {
    /// "20240924T063000.000Z" -> "20240924T063000Z": a file name without dots in the time.
    func replacingDot() -> String {
        guard let dot = firstIndex(of: ".") else { return self }
        return String(self[..<dot]) + "Z"
    }
}
