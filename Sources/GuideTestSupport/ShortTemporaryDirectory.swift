import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private directory with a short path: for a Unix domain socket (a test's tmux server), and
/// for files whose path a test expects to see whole on an 80- or 200-column screen.
///
/// Why: a socket's path must fit in `sun_path`, 108 bytes with the terminating NUL, so at most
/// 107. The test's own scratch folders live under `$TMPDIR`, which `scripts/test` sets to
/// `<clone>/.build-tmp`; for a clone about 40 characters deep, `$TMPDIR/adex-guide-tests-<UUID>/
/// tmux.sock` is over the limit and tmux cannot create its socket at all. So sockets go in a
/// directory made by `mkdtemp` under /tmp (`/tmp/ag-XXXXXX`), or under `$TMPDIR` when /tmp
/// cannot be used and `$TMPDIR` is short enough, whatever the clone's path.
public struct ShortTemporaryDirectory: Sendable {
    /// The longest socket path the kernel takes: `sizeof(sun_path) - 1`.
    public static let socketPathLimit = 107

    public let path: String

    /// Creates a fresh directory (mode 0700) in which a name of up to `room` bytes still gives a
    /// socket path within the limit, or fails saying which limit and which paths.
    public init(room: Int = 8) throws {
        let environmentTemporary = ProcessInfo.processInfo.environment["TMPDIR"].map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        let bases = ["/tmp"] + (environmentTemporary.map { [$0] } ?? [])
        var tried: [String] = []
        for base in bases {
            var template = Array((base + "/ag-XXXXXX").utf8CString)
            // The directory, a slash and the name must fit.
            guard template.count - 1 + 1 + room <= Self.socketPathLimit else {
                tried.append("\(base) is too long (\(base.utf8.count) bytes)")
                continue
            }
            if let made = mkdtemp(&template) {
                path = String(cString: made)
                return
            }
            tried.append("\(base): \(String(cString: strerror(errno)))")
        }
        throw TmuxSession.Failure.tmux("no directory for a tmux socket whose path fits the \(Self.socketPathLimit)-byte limit"
                                       + " of Unix socket paths (sun_path): " + tried.joined(separator: "; "))
    }

    /// `name` inside the directory.
    public func file(_ name: String) -> String { path + "/" + name }

    /// Removes the directory and what is in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
