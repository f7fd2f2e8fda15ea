#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that a crash or kill at any moment leaves either the old file or the new
/// one, never a mix: write a temporary file in the same directory, fsync it, rename it over the
/// target, fsync the directory (so the rename itself survives a power cut). Used for the saved
/// plan and for exports, which a visitor may re-export over a file their calendar imports.
public enum AtomicFile {
    /// Writes `bytes` to `path`. `temporary` defaults to a hidden name beside the target;
    /// `what` and `unchanged` word the error messages ("writing the plan failed ...; the saved
    /// plan is unchanged").
    public static func write(_ bytes: [UInt8], to path: String, temporary: String? = nil, permissions: mode_t = 0o644,
                             what: String = "the file", unchanged: String? = nil) throws(PlanStoreError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = temporary ?? (directory == "/" ? "" : directory) + "/." + name + ".\(getpid()).tmp"
        let keptNote = unchanged.map { "; " + $0 } ?? ""
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else {
            let code = errno
            throw PlanStoreError(code == EACCES || code == EPERM || code == EROFS || code == ENOENT || code == ENOTDIR ? .cannotWrite : .io,
                                 path: directory, message: "cannot write here (\(describe(code)))")
        }
        var failure: Int32?
        var remaining = bytes[...]
        while !remaining.isEmpty && failure == nil {
            let written = remaining.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno != EINTR { failure = errno }
            } else {
                remaining = remaining.dropFirst(written)
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw PlanStoreError(failure == ENOSPC || failure == EDQUOT ? .cannotWrite : .io, path: temporary,
                                 message: "writing \(what) failed (\(describe(failure)))\(keptNote)")
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw PlanStoreError(.cannotWrite, path: path, message: "cannot be replaced (\(describe(code)))\(keptNote)")
        }
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
