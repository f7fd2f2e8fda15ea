@preconcurrency import Glibc

/// Counts the bytes ncurses writes to the terminal, exactly, from the kernel's per-thread I/O
/// accounting (`wchar` in /proc/thread-self/io) read before and after each ncurses call that may
/// write.
///
/// Why not a counting `FILE` from `fopencookie`: ncurses 6.4 does not write through stdio. It
/// keeps its own buffer and calls `write(fileno(ofp), ...)`, and it uses the same descriptor for
/// tcsetattr and TIOCGWINSZ. A cookie stream has fileno -1: measured here, `raw()` returned ERR,
/// the size fell back to 80x24, nothing was drawn and the cookie saw 0 bytes.
///
/// Per-thread counters ignore other threads, and only deltas around ncurses calls are added, so
/// the app's own writes (a plan file, stderr) never count. One read costs about 1.3 µs.
struct OutputCounter {
    private(set) var total = 0
    /// False when the kernel gives no I/O accounting (then `total` stays 0).
    private(set) var isAvailable = true

    /// Runs `body` and adds the bytes this thread wrote meanwhile.
    mutating func counting<T>(_ body: () -> T) -> T {
        guard isAvailable, let before = Self.threadBytesWritten() else {
            isAvailable = false
            return body()
        }
        let result = body()
        if let after = Self.threadBytesWritten(), after >= before { total += after - before }
        return result
    }

    /// The calling thread's `wchar`. Opened each time: /proc/thread-self names the thread that
    /// opens it, and the caller's thread may differ between calls.
    static func threadBytesWritten() -> Int? {
        let fd = open("/proc/thread-self/io", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0 else { return nil }
        // The file is a few "name: value" lines; find "wchar: ".
        let text = buffer[0..<count]
        let key = Array("wchar: ".utf8)
        var index = text.startIndex
        while index + key.count <= text.endIndex {
            if text[index..<index + key.count].elementsEqual(key) {
                var value = 0
                var digit = index + key.count
                while digit < text.endIndex, text[digit] >= 48, text[digit] <= 57 {
                    value = value * 10 + Int(text[digit] - 48)
                    digit += 1
                }
                return value
            }
            index += 1
        }
        return nil
    }
}
