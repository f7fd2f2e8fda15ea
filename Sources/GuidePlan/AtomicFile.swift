#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that a crash or kill at any moment leaves either the old file or the new
/// one, never a mix: write a temporary file in the same directory, fsync it, rename it over the
/// target, fsync the directory (so the rename itself survives a power cut). Used for the saved
/// plan and for exports, which a visitor may re-export over a file their calendar imports.
///
/// A symbolic link is written through, never replaced: the file at the end of its chain is the
/// one replaced, by a temporary file in that file's directory, so a plan or export kept in a
/// synced folder through a link stays a link and keeps syncing. A dangling link gets its target
/// created (as `echo > link` would), when the target's directory exists.
public enum AtomicFile {
    /// The file a write to `path` replaces: `path`, or the end of its chain of symbolic links.
    public static func destination(of path: String) throws(PlanStoreError) -> String {
        do {
            return try SymbolicLinkChain.end(of: path)
        } catch {
            switch error {
            case .tooLong:
                throw PlanStoreError(.cannotWrite, path: path,
                                     message: "is a symbolic link whose chain loops or passes \(SymbolicLinkChain.maximumLinks) links")
            case .unreadable(let code):
                throw PlanStoreError(.io, path: path, message: "is a symbolic link that cannot be read (\(describe(code)))")
            }
        }
    }

    /// The hidden temporary file a write of `destination` goes through: `.<name>.<pid>.tmp` beside it.
    static func temporaryPath(for destination: String) -> String {
        let directory = SymbolicLinkChain.directory(of: destination)
        return (directory == "/" ? "" : directory) + "/." + SymbolicLinkChain.name(of: destination) + ".\(getpid()).tmp"
    }

    /// Writes `bytes` to `path` (through any symbolic link); `what` and `unchanged` word the
    /// error messages ("writing the plan failed ...; the saved plan is unchanged").
    public static func write(_ bytes: [UInt8], to path: String, permissions: mode_t = 0o644,
                             what: String = "the file", unchanged: String? = nil) throws(PlanStoreError) {
        let destination = try destination(of: path)
        let directory = SymbolicLinkChain.directory(of: destination)
        let temporary = temporaryPath(for: destination)
        let keptNote = unchanged.map { "; " + $0 } ?? ""
        let linkNote = destination == path ? "" : " (\(path) is a link to \(destination))"
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else {
            let code = errno
            throw PlanStoreError(code == EACCES || code == EPERM || code == EROFS || code == ENOENT || code == ENOTDIR ? .cannotWrite : .io,
                                 path: directory, message: "cannot write here (\(describe(code)))\(linkNote)")
        }
        var failure: Int32?
        var written = 0
        while written < bytes.count && failure == nil {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno != EINTR { failure = errno }
            } else {
                written += count
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw PlanStoreError(failure == ENOSPC || failure == EDQUOT ? .cannotWrite : .io, path: temporary,
                                 message: "writing \(what) failed (\(describe(failure)))\(keptNote)")
        }
        guard rename(temporary, destination) == 0 else {
            let code = errno
            unlink(temporary)
            throw PlanStoreError(.cannotWrite, path: destination, message: "cannot be replaced (\(describe(code)))\(keptNote)\(linkNote)")
        }
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
