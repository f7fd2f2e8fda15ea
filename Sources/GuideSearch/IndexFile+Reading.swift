#if canImport(Glibc)
import Glibc
#endif

extension IndexFile {
    /// Index bytes allowed per byte of the data file the index is built from. The densest data
    /// measured, a fair file of tiny one-word entries or of names made of one-letter words, gives
    /// about 7 (every word is a text position and an inverted-list entry, every entry a row, a
    /// title and an id); a show file about 0.7. 32 leaves room for any other shape.
    public static let maximumBytesPerDataByte = 32
    /// Room for the tables every index has whatever its data (a tiny file's index is larger than
    /// the file).
    public static let fixedAllowance = 1 << 20
    /// No cache file is read beyond this, whatever the data file's size (a 1 GiB data file, the
    /// loader's limit, of ordinary shape gives about 0.7 GiB).
    public static let sizeCap = 4 << 30

    /// The largest index file a data file of `dataBytes` bytes can give: anything larger was not
    /// written by this program for that file, and is refused by its size alone (a sparse 8 GB
    /// file costs nothing to refuse, where checksumming it took 10-17 s).
    public static func maximumSize(forDataBytes dataBytes: Int) -> Int {
        let (scaled, overflow) = max(0, dataBytes).multipliedReportingOverflow(by: maximumBytesPerDataByte)
        return overflow ? sizeCap : min(sizeCap, scaled + fixedAllowance)
    }

    /// The index in the file at `path`, built from `key` out of a data file of `dataBytes` bytes.
    ///
    /// The file is opened without following a symbolic link and without blocking (a FIFO left in
    /// the cache directory cannot hang the reader), must be a regular file, and its size, from
    /// `fstat` before one byte is read, must be within `minimumSize...maximumSize(forDataBytes:)`.
    /// Then it is read whole into memory (never mapped: a file truncated by someone else while
    /// mapped would kill the process) and checked through and through by `decode`.
    public static func readFile(atPath path: String, key: [UInt8], dataBytes: Int) throws(Unreadable) -> SearchIndex {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw Unreadable(description: "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Unreadable(description: "cannot stat: \(String(cString: strerror(errno)))") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Unreadable(description: "not a regular file") }
        let size = Int(info.st_size)
        let largest = maximumSize(forDataBytes: dataBytes)
        guard size >= minimumSize else { throw Unreadable(description: "too short") }
        guard size <= largest else {
            throw Unreadable(description: "\(size) bytes, more than an index of a \(dataBytes)-byte data file can be (\(largest))")
        }
        var failure: Unreadable?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var filled = 0
            while filled < size {
                let count = read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count > 0 {
                    filled += count
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    failure = Unreadable(description: count == 0 ? "shorter than its size (changed while read)" : "cannot read: \(String(cString: strerror(errno)))")
                    break
                }
            }
            initialized = filled
        }
        if let failure { throw failure }
        let decoded = bytes.withUnsafeBytes { raw in Result { () throws(Unreadable) in try decode(raw, key: key) } }
        return try decoded.get()
    }
}
