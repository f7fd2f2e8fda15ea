import Foundation
import GuidePlan
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file a command was asked to produce (`--output FILE`) so that a crash, a kill or a
/// full disk leaves the old file or the new one, never half of it (`AtomicFile`: a temporary file
/// in the same directory, fsync, rename, fsync of the directory). Before that, the common mistakes
/// get their own words: a missing directory, a directory given as the file, a file in the way.
///
/// A target that exists and is not a regular file (`/dev/null`, a FIFO from `>(...)`) cannot be
/// replaced by a rename; it is written directly. An existing regular file keeps its permission
/// bits; a new one is 0644 (less the umask).
///
/// Every failure is a `CLIFailure` naming the file and the reason: 73 (EX_CANTCREAT) when the file
/// cannot be created or replaced (missing directory, no permission, a directory in the way, disk
/// full), 74 (EX_IOERR) when writing fails for another reason.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        func failure(_ reason: String, _ code: Int32 = ExitStatus.cannotCreate) -> CLIFailure {
            CLIFailure("adex-guide: cannot write \(path): \(reason)", exitCode: code)
        }
        guard !path.isEmpty else { throw CLIFailure.usage("adex-guide: --output: an empty file name was given") }
        let directory = parentDirectory(of: path)

        var target = stat()
        let exists = stat(path, &target) == 0
        if exists && (target.st_mode & S_IFMT) == S_IFDIR { throw failure("it is a directory") }
        if exists && (target.st_mode & S_IFMT) != S_IFREG {
            try writeDirectly(bytes, to: path, failure: failure)
            return
        }
        var parent = stat()
        if stat(directory, &parent) != 0 {
            let code = errno
            throw failure(code == ENOENT ? "the directory \(directory) does not exist" : "\(directory): \(describe(code))")
        }
        guard (parent.st_mode & S_IFMT) == S_IFDIR else { throw failure("\(directory) is not a directory") }

        // Replacing a file keeps its permissions; a new one gets the usual 0644 (an export is meant
        // to be read by other programs, unlike the plan itself, which is 0600).
        do {
            try AtomicFile.write(bytes, to: path, permissions: exists ? target.st_mode & 0o7777 : 0o644, what: "the export",
                                 unchanged: "nothing was written")
        } catch {
            // The message says what failed; the path is already in ours.
            throw failure(error.message, error.exitCode)
        }
    }

    /// `a/b/c.ics` -> `a/b`; `c.ics` -> `.`; `/c.ics` -> `/`.
    static func parentDirectory(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let parent = trimmed[..<slash]
        return parent.isEmpty ? "/" : String(parent)
    }

    private static func writeDirectly(_ bytes: [UInt8], to path: String, failure: (String, Int32) -> CLIFailure) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(describe(errno), ExitStatus.cannotCreate) }
        let problem = writeAll(bytes, to: descriptor)
        close(descriptor)
        if let problem { throw failure(describe(problem), ExitStatus.ioError) }
    }

    /// Writes everything, retrying short writes and interruptions; the errno of a failure, or nil.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno != EINTR { return errno }
            } else {
                rest = rest.dropFirst(written)
            }
        }
        return nil
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)).lowercased() }
}
