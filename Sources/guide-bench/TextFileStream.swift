#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation

/// A `TextOutputStream` onto a file through C stdio, so a million-exhibitor show (about 890 MB) or
/// millions of searchable lines reach the disk in large buffered writes and never exist in memory
/// as one `String` (`SyntheticShow.generate` would build exactly that).
struct TextFileStream: TextOutputStream {
    private let file: UnsafeMutablePointer<FILE>
    let path: String

    init(path: String) throws {
        guard let file = fopen(path, "w") else {
            throw BenchError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        setvbuf(file, nil, _IOFBF, 1 << 20)
        self.file = file
        self.path = path
    }

    mutating func write(_ string: String) {
        var text = string
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            _ = fwrite(base, 1, bytes.count, file)
        }
    }

    /// Flushes and closes; a full disk shows up here rather than as a silently short file.
    func close() throws {
        let failed = ferror(file) != 0
        if fclose(file) != 0 || failed {
            throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
