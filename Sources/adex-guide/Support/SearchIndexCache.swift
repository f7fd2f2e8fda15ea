import Foundation
import GuideSearch
#if canImport(Glibc)
import Glibc
#endif

/// Keeps the search index of a show file on disk, so `adex-guide search --data FILE` reads a
/// ready index (milliseconds) instead of parsing, validating and indexing the file again (seconds
/// for 100,000 exhibitors). The same idea as fzf keeping nothing and being fast: here the work is
/// worth keeping.
///
/// An index is used only while it was built from exactly this file: its key holds the file's
/// device, inode, size and modification and change times (nanoseconds), its absolute path, and this
/// executable's own size and modification time, so editing the file, replacing it or installing a
/// new build all rebuild it. The file itself is checked through and through (`IndexFile`); anything
/// wrong, and the index is built from the data again. Writing is atomic (a temporary file renamed
/// into place) and best effort: an unwritable cache directory only costs speed.
///
/// Location: `$ADEX_GUIDE_CACHE`, else `$XDG_CACHE_HOME/adex-guide`, else `~/.cache/adex-guide`;
/// `ADEX_GUIDE_CACHE=off` (or `--no-cache`) turns it off.
struct SearchIndexCache {
    let directory: URL?

    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> SearchIndexCache {
        if let explicit = environment["ADEX_GUIDE_CACHE"], !explicit.isEmpty {
            return SearchIndexCache(directory: explicit == "off" ? nil : URL(fileURLWithPath: explicit))
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return SearchIndexCache(directory: URL(fileURLWithPath: xdg).appendingPathComponent("adex-guide"))
        }
        guard let home = environment["HOME"], !home.isEmpty else { return SearchIndexCache(directory: nil) }
        return SearchIndexCache(directory: URL(fileURLWithPath: home).appendingPathComponent(".cache/adex-guide"))
    }

    /// The index of the show file at `path`: from the cache when it holds one for this very file,
    /// else from `build` (whose errors pass through), then kept for next time.
    ///
    /// A cache file is read only if it is a regular file no larger than an index of this data
    /// file can be (`IndexFile.readFile`: opened without blocking or following links, its size
    /// checked before reading), so a FIFO, a device or a sparse 8 GB file costs nothing and is
    /// replaced by a good index.
    func index(forFile path: String, build: () throws -> SearchIndex) throws -> SearchIndex {
        guard let directory, let identity = Self.identity(of: path) else { return try build() }
        let file = directory.appendingPathComponent("search-\(Self.hexHash(Array(URL(fileURLWithPath: path).standardizedFileURL.path.utf8))).index")
        if let index = try? IndexFile.readFile(atPath: file.path, key: identity.key, dataBytes: identity.dataBytes) {
            return index
        }
        let index = try build()
        let bytes = IndexFile.encode(index, key: identity.key)
        // Keep it only if the file did not change while it was read, and only what a later run
        // would accept.
        if Self.identity(of: path)?.key == identity.key, bytes.count <= IndexFile.maximumSize(forDataBytes: identity.dataBytes) {
            store(bytes, at: file)
        }
        return index
    }

    private func store(_ bytes: [UInt8], at file: URL) {
        let directory = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            // Best effort: without a cache the next search builds the index again.
        }
    }

    /// What the index is built from: the data file's identity and this executable's, as the
    /// cache key, and the data file's size, which bounds the index's.
    static func identity(of path: String) -> (key: [UInt8], dataBytes: Int)? {
        var data = stat()
        var program = stat()
        guard stat(path, &data) == 0, stat("/proc/self/exe", &program) == 0 else { return nil }
        var key: [UInt8] = []
        func add<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { key += $0 } }
        add(UInt64(data.st_dev))
        add(UInt64(data.st_ino))
        add(Int64(data.st_size))
        add(Int64(data.st_mtim.tv_sec))
        add(Int64(data.st_mtim.tv_nsec))
        add(Int64(data.st_ctim.tv_sec))
        add(Int64(data.st_ctim.tv_nsec))
        add(Int64(program.st_size))
        add(Int64(program.st_mtim.tv_sec))
        add(Int64(program.st_mtim.tv_nsec))
        key += URL(fileURLWithPath: path).standardizedFileURL.path.utf8
        return (key, Int(data.st_size))
    }

    /// FNV-1a, as 16 hex digits: a file name per data file.
    static func hexHash(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
