import Foundation

/// A `TextOutputStream` onto a file descriptor with its own 1 MiB buffer, so the generator's
/// 64 KiB chunks reach the file in few `write(2)` calls and standard output is not line-buffered.
struct FileOutputStream: TextOutputStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private static let capacity = 1 << 20
    /// The first write error (as errno), reported by `close()`.
    private(set) var failure: Int32?

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.capacity)
    }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.capacity { flush() }
    }

    mutating func flush() {
        var written = 0
        while written < buffer.count, failure == nil {
            let count = buffer.withUnsafeBytes { bytes in
                Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
            } else {
                written += count
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
