#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a write to a path really lands. Replacing a file by renaming a new one over it would
/// replace a symbolic link with a regular file, and a plan or export kept in a synced folder
/// through a link would silently stop syncing; so writers follow the link first and replace the
/// file at the end of the chain, in that file's own directory.
enum SymbolicLinkChain {
    /// As many links as Linux follows before giving up with ELOOP.
    static let maximumLinks = 40

    /// Why a chain cannot be followed.
    enum Failure: Error {
        /// It loops, or is longer than `maximumLinks`.
        case tooLong
        /// A link could not be read (`code` is the errno).
        case unreadable(code: Int32)
    }

    /// The end of the chain of symbolic links starting at `path`: `path` itself when it is not a
    /// link (or does not exist). A relative link target is taken from the link's directory, as
    /// the system does. The end need not exist: a dangling link names the file a write creates.
    /// Past a link, the end's directory is given as its real path (no `..`), as messages show it.
    static func end(of path: String) throws(Failure) -> String {
        var current = path
        for hop in 0...maximumLinks {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else {
                return hop == 0 ? current : canonicalDirectory(of: current)
            }
            let target = try linkTarget(current)
            if target.hasPrefix("/") {
                current = target
            } else {
                let base = directory(of: current)
                current = (base == "/" ? "" : base) + "/" + target
            }
        }
        throw .tooLong
    }

    /// `path` with its directory replaced by that directory's real path, when it exists.
    private static func canonicalDirectory(of path: String) -> String {
        guard let resolved = realpath(directory(of: path), nil) else { return path }
        defer { free(resolved) }
        let real = String(cString: resolved)
        return (real == "/" ? "" : real) + "/" + name(of: path)
    }

    /// The text of a symbolic link.
    private static func linkTarget(_ link: String) throws(Failure) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count >= 0 else { throw .unreadable(code: errno) }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `a/b/c` -> `a/b`; `c` -> `.`; `/c` -> `/`.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `a/b/c` -> `c`.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
