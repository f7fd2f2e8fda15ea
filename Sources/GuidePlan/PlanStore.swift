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
/// - What cannot be read at all is left exactly as it is, and nothing is written over it: a file
///   larger than `PlanFile.maximumSize`, or something other than a regular file (a directory, a
///   FIFO, a device, a socket). It is refused before a byte is read (`RegularFile`), so neither a
///   FIFO without a writer nor a link to `/dev/zero` can hang or exhaust the guide.
/// - The plan may be a symbolic link (a plan kept in a synced folder): it is read and written
///   through, and stays a link. The file at the end of the link is the plan file: the temporary
///   file, the lock and a file moved aside all go beside it.
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

    // MARK: - Versions

    /// One state of the plan file's bytes, to tell whether the file changed since this process
    /// read or wrote it: its size and a 64-bit hash of the bytes (seeded per process, so valid in
    /// this process only). A save whose plan was built from the version still on disk need not
    /// decode that file again, nor merge with it.
    public struct Version: Sendable, Hashable {
        let size: Int
        let digest: Int

        init(_ bytes: [UInt8]) {
            var hasher = Hasher()
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            size = bytes.count
            digest = hasher.finalize()
        }
    }

    // MARK: - Loading

    /// The saved plan, and what had to be done to get it.
    public struct Loaded: Sendable {
        public var plan: Plan
        /// Where an unreadable plan file was moved, with why it could not be read.
        public var movedAside: (path: String, problem: String)?
        /// The file the plan was read from (nil when there was none): give it to `save` with a
        /// plan built from this one.
        public var version: Version?
    }

    /// Reads the plan: an empty one when there is no file yet; a file that is not a plan (bad
    /// JSON, another event) is moved aside and an empty plan returned, with where it went.
    /// Throws, leaving the file as it is, when it cannot be read at all: no permission, too
    /// large (`PlanFile.maximumSize`), or not a regular file (a directory, a FIFO, a device);
    /// nothing may then be written over it either.
    public func load(now: Int64) throws(PlanStoreError) -> Loaded {
        try loadIfChanged(since: nil, now: now) ?? Loaded(plan: Plan(eventID: eventID))
    }

    /// The plan on disk when it changed since `version` (nil: the bytes are still `version`, or
    /// there is no file and `version` is nil). A file gone since `version` is an empty plan.
    public func loadIfChanged(since version: Version?, now: Int64) throws(PlanStoreError) -> Loaded? {
        let file = try planFile()
        let lock = try? Lock(path: file + ".lock", directory: directory, createDirectory: false, linkNote: "")
        defer { lock?.release() }
        switch try readPlanFile(file, unlessVersion: version) {
        case .missing:
            return version == nil ? nil : Loaded(plan: Plan(eventID: eventID))
        case .unchanged:
            return nil
        case .plan(let plan, let version):
            return Loaded(plan: plan, version: version)
        case .unreadable(let problem):
            let aside = try moveAside(file, now: now)
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
        /// The file now on disk: give it to the next `save`.
        public var version: Version
    }

    /// Merges `plan` with the file on disk and writes the result atomically, under the lock.
    ///
    /// `version` is the file `plan` was built from (`Loaded.version`, `Saved.version`). When the
    /// file on disk is still that one, `plan` already holds everything in it and is written as it
    /// is; reading and merging again would cost time on a large plan, and at the latest time a
    /// plan can hold (`PlanTimestamp.latest`) a merge could not tell the newer of two settings.
    /// Otherwise (another guide saved meanwhile, or nil) the two are merged.
    ///
    /// A plan that would be larger than `PlanFile.maximumSize` is not written (`.tooLarge`): the
    /// file on disk stays as it was.
    public func save(_ plan: Plan, basedOn version: Version? = nil, now: Int64) throws(PlanStoreError) -> Saved {
        let file = try planFile()
        let lock = try Lock(path: file + ".lock", directory: directory, createDirectory: true, linkNote: linkNote(file))
        defer { lock.release() }
        removeStaleTemporaryFiles(of: file)
        var merged = plan
        var unreadable: String?
        switch try readPlanFile(file, unlessVersion: version) {
        case .missing, .unchanged: break
        case .plan(let onDisk, _): merged = plan.merged(with: onDisk)
        case .unreadable(let problem): unreadable = problem
        }
        let bytes = PlanFile.bytes(merged, savedAt: now)
        guard bytes.count <= PlanFile.maximumSize else {
            throw PlanStoreError(.tooLarge, path: named(file), message: "the plan would be \(RegularFileError.mebibytes(Int64(bytes.count))), "
                                 + "more than the \(RegularFileError.mebibytes(Int64(PlanFile.maximumSize))) a plan file may have; "
                                 + "it was not saved (the file is unchanged): remove favourites or shorten notes")
        }
        let movedAside = try unreadable.map { problem throws(PlanStoreError) in (try moveAside(file, now: now), problem) }
        try AtomicFile.write(bytes, to: file, permissions: 0o600, what: "the plan", unchanged: "the saved plan is unchanged")
        return Saved(plan: merged, movedAside: movedAside, version: Version(bytes))
    }

    // MARK: - Files

    /// The file the plan is read from and written to: `path`, or when `path` is a symbolic link
    /// (a plan kept in a synced folder), the file at the end of its chain. The lock, the
    /// temporary file and a file moved aside all go beside that file, so two links to one plan
    /// share one lock.
    private func planFile() throws(PlanStoreError) -> String {
        try AtomicFile.destination(of: path)
    }

    /// The plan file as messages name it: the plan's path, and where it leads when it is a link.
    private func named(_ file: String) -> String { file == path ? path : "\(path) (a link to \(file))" }

    /// For messages about the real file's directory: which link led there.
    private func linkNote(_ file: String) -> String { file == path ? "" : " (\(path) is a link to \(file))" }

    private enum ReadResult {
        case missing
        /// The bytes on disk are the version the caller already has.
        case unchanged
        case plan(Plan, Version)
        case unreadable(String)
    }

    /// Reads and decodes the plan file; `.unchanged` without decoding when its bytes are `known`.
    private func readPlanFile(_ file: String, unlessVersion known: Version? = nil) throws(PlanStoreError) -> ReadResult {
        let bytes: [UInt8]
        do {
            bytes = try RegularFile.read(file, limit: PlanFile.maximumSize)
        } catch {
            switch error {
            case .missing:
                return .missing
            case .noPermission(let reason):
                throw PlanStoreError(.noPermission, path: named(file), message: "cannot be read (\(reason))")
            case .notRegular(let kind):
                throw PlanStoreError(.notAFile, path: named(file), message: "is \(kind), not a plan file; it was left as it is: "
                                     + "move it away, and a new plan file is started there")
            case .tooLarge(let size, let limit):
                let measured = size > Int64(limit) + 1 ? RegularFileError.mebibytes(size) : "over \(RegularFileError.mebibytes(Int64(limit)))"
                throw PlanStoreError(.tooLarge, path: named(file), message: "is \(measured), more than the \(RegularFileError.mebibytes(Int64(limit))) "
                                     + "a plan file may have; it was left as it is: move it away, and a new plan file is started there")
            case .failed(let reason):
                throw PlanStoreError(.io, path: named(file), message: "cannot be read (\(reason))")
            }
        }
        let version = Version(bytes)
        if let known, known == version { return .unchanged }
        do {
            let plan = try PlanFile.decode(bytes, file: file)
            guard plan.eventID == eventID else {
                return .unreadable("is the plan of event \"\(plan.eventID)\", not \"\(eventID)\"")
            }
            return .plan(plan, version)
        } catch {
            return .unreadable("\(error.location): \(error.message)")
        }
    }

    /// Renames the plan file to `<file>.unreadable-<UTC time>` (with a number if that exists),
    /// beside it.
    private func moveAside(_ file: String, now: Int64) throws(PlanStoreError) -> String {
        let stamp = PlanTimestamp.text(now).filter { $0 != ":" && $0 != "-" }.replacingDot()
        var target = file + ".unreadable-" + stamp
        var number = 2
        while access(target, F_OK) == 0 {
            target = file + ".unreadable-" + stamp + "-\(number)"
            number += 1
        }
        guard rename(file, target) == 0 else {
            throw PlanStoreError(.cannotWrite, path: named(file), message: "cannot be read and cannot be moved aside (\(Self.describe(errno)))")
        }
        return target
    }

    /// Temporary files (`.<name>.<pid>.tmp`) left beside the plan file by a guide killed in the
    /// middle of a save. Called under the lock, when no other guide can be writing one.
    private func removeStaleTemporaryFiles(of file: String) {
        let folder = SymbolicLinkChain.directory(of: file)
        guard let listing = opendir(folder) else { return }
        defer { closedir(listing) }
        let prefix = "." + SymbolicLinkChain.name(of: file) + "."
        while let entry = readdir(listing) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { continue }
            let process = name.dropFirst(prefix.count).dropLast(".tmp".count)
            if !process.isEmpty && process.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { unlink((folder == "/" ? "" : folder) + "/" + name) }
        }
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// An exclusive `flock` held for one load or save.
    private struct Lock {
        let descriptor: Int32

        init(path: String, directory: String, createDirectory: Bool, linkNote: String) throws(PlanStoreError) {
            if createDirectory { try PlanStore.makeDirectories(directory) }
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw PlanStoreError(.cannotWrite, path: SymbolicLinkChain.directory(of: path),
                                     message: "cannot save the plan here (\(PlanStore.describe(errno)))\(linkNote)")
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
