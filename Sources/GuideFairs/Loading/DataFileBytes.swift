import Foundation
import GuideModel

/// Reads a data file's bytes with the `adex-guide/1` loader's words for what can go wrong (cannot
/// open, a directory, too large), so a fair file and a show file fail alike.
enum DataFileBytes {
    /// The whole file. `waitForWriter`: a FIFO is opened as usual, waiting for a writer (one
    /// `--data` path may be a named pipe written later); without it, a FIFO nobody writes to
    /// reads as empty at once, as a folder of fairs needs (one stray FIFO must not hold it).
    static func read(_ path: String, name: String, waitForWriter: Bool = true) throws(CatalogLoadError) -> [UInt8] {
        let descriptor = try open(path, name: name, waitForWriter: waitForWriter)
        defer { close(descriptor) }
        return try readAll(descriptor, name: name, limit: CatalogLoader.maximumFileSize)
    }

    /// At most `count` bytes from the start of a regular file, or nil when `path` is not one that
    /// can be read twice (a pipe, a terminal) or cannot be opened: the caller then reads it once,
    /// whole, and lets that report any error.
    static func prefix(_ path: String, count: Int) -> [UInt8]? {
        // Non-blocking, so a FIFO nobody writes to does not hold the open.
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return pread(descriptor, base + filled, count - filled, off_t(filled))
            }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            filled += got
        }
        return Array(bytes[0..<filled])
    }

    static func tooLarge(_ size: Int?) -> String {
        let limit = "\(CatalogLoader.maximumFileSize / 1_048_576) MiB"
        guard let size else { return "file is too large (the limit is \(limit))" }
        return "file is too large (\(Int((Double(size) / 1_048_576).rounded())) MiB; the limit is \(limit))"
    }

    private static func open(_ path: String, name: String, waitForWriter: Bool) throws(CatalogLoadError) -> Int32 {
        // Without waiting: opened non-blocking, then read blocking, so a pipe that is written to
        // is still read to its end.
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC | (waitForWriter ? 0 : O_NONBLOCK))
        guard descriptor >= 0 else {
            throw .unreadable(file: name, reason: "cannot open: \(String(cString: strerror(errno)))")
        }
        if !waitForWriter {
            let flags = fcntl(descriptor, F_GETFL)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreadable(file: name, reason: "cannot read: \(reason)")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw .unreadable(file: name, reason: "is a directory, not a data file")
        }
        if Int(info.st_size) > CatalogLoader.maximumFileSize {
            close(descriptor)
            throw .invalid([LoadProblem(file: name, location: .file, message: tooLarge(Int(info.st_size)))])
        }
        return descriptor
    }

    private static func readAll(_ descriptor: Int32, name: String, limit: Int) throws(CatalogLoadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: name, reason: "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw .invalid([LoadProblem(file: name, location: .file, message: tooLarge(nil))])
            }
        }
        return bytes
    }
}
