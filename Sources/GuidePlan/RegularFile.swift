#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file that must be a regular file of bounded size. Whatever else sits at the
/// path can neither hang nor exhaust the reader: a FIFO with no writer would block `open` forever,
/// a link to `/dev/zero` or a sparse file of terabytes would be read until memory runs out.
///
/// The path is checked with `stat` before opening, so a device or FIFO is never opened at all;
/// the open itself is non-blocking (in case something else was put there in between) and the
/// opened descriptor is checked again with `fstat` before a byte is read. At most `limit + 1`
/// bytes are read, so a file that grows while it is read is caught too.
public enum RegularFile {
    public static func read(_ path: String, limit: Int) throws(RegularFileError) -> [UInt8] {
        var info = stat()
        if stat(path, &info) != 0 {
            throw failure(errno)
        }
        if let kind = nonRegularKind(info.st_mode) { throw .notRegular(kind: kind) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(errno) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw .failed(reason: describe(errno)) }
        if let kind = nonRegularKind(info.st_mode) { throw .notRegular(kind: kind) }
        if Int64(info.st_size) > Int64(limit) { throw .tooLarge(size: Int64(info.st_size), limit: limit) }
        // Regular files never block; the flag is cleared so reads behave the ordinary way.
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }

        // One byte more than the size: reading it means the file grew, and one more read finds
        // the end (or that it passed the limit).
        var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size), limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else { throw .tooLarge(size: Int64(filled), limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .failed(reason: describe(errno))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// What a file of this mode is, in words, when it is not a regular file.
    static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    private static func failure(_ code: Int32) -> RegularFileError {
        switch code {
        case ENOENT: .missing
        case EACCES, EPERM: .noPermission(reason: describe(code))
        case ENXIO:
            // Opening a socket fails with ENXIO; say what it is rather than "no such device".
            .notRegular(kind: "a socket")
        default: .failed(reason: describe(code))
        }
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
