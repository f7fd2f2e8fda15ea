import GuideModel

/// A `SearchIndex` as bytes, for the command line's cache: `adex-guide search --data FILE` builds
/// the index once, and later runs read it back in milliseconds instead of parsing and validating the
/// show file again (see `SearchIndexCache` in the command line).
///
/// Layout: the magic "ADXIDX" + version, a byte-order mark, the caller's `key` (what the index was
/// built from, e.g. the data file's identity), then the tables' arrays each as a count and raw
/// little-endian elements padded to 8 bytes, then the filter names, then a checksum of everything
/// before it. Reading checks all of it (magic, version, key, sizes, checksum, and that every id in
/// every table is in range), so a stale, truncated or damaged file is refused, never trusted.
public enum IndexFile {
    /// Bumped whenever the layout or the meaning of a table changes.
    static let version: UInt32 = 2
    static let magic: [UInt8] = Array("ADXIDX".utf8)
    /// Arrays are stored as the host lays them out; a host of the other byte order reads this wrong and refuses the file.
    static let byteOrderMark: UInt32 = 0x0102_0304

    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    /// The smallest file that can hold an index: magic, version, byte-order mark, the key's
    /// count and the checksum.
    public static let minimumSize = magic.count + 2 + 4 + 8 + 8

    /// The index as bytes, tagged with `key`.
    public static func encode(_ index: SearchIndex, key: [UInt8]) -> [UInt8] {
        var writer = Writer()
        writer.bytes += magic
        writer.integer(UInt16(version & 0xFFFF))
        withUnsafeBytes(of: byteOrderMark) { writer.bytes += $0 }  // as the host writes it, like the arrays
        writer.array(key)
        let tables = index.tables
        for array in [tables.wordBytes, tables.textBytes, tables.acronymBytes, tables.rowWeights, tables.rowLabels, tables.entryKinds,
                      tables.facetFields, tables.stringBytes] {
            writer.array(array)
        }
        for array in int32Arrays(tables) { writer.array(array) }
        writer.array(tables.wordMasks)
        writer.array(tables.acronymMasks)
        let resolver = index.resolver
        for list in [resolver.countries, resolver.categories, resolver.shows, resolver.halls, resolver.kinds] {
            writer.integer(UInt64(list.count))
            for item in list {
                writer.string(item.id)
                writer.integer(UInt64(item.names.count))
                for name in item.names { writer.string(name) }
            }
        }
        writer.integer(UInt64(resolver.days.count))
        for day in resolver.days { writer.string(day.description) }
        writer.integer(checksum(writer.bytes[...]))
        return writer.bytes
    }

    /// The index in `bytes`, if they hold one built from `key` and intact.
    public static func decode(_ bytes: UnsafeRawBufferPointer, key: [UInt8]) throws(Unreadable) -> SearchIndex {
        guard bytes.count >= minimumSize else { throw Unreadable(description: "too short") }
        let body = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 8)])
        var reader = Reader(bytes: body)
        // The header and key first: a file that is not an index of this data is refused before
        // the checksum reads the whole of it.
        guard try reader.raw(magic.count).elementsEqual(magic), try reader.integer(UInt16.self) == UInt16(version & 0xFFFF) else {
            throw Unreadable(description: "not an index of this version")
        }
        guard try reader.raw(4).loadUnaligned(as: UInt32.self) == byteOrderMark else { throw Unreadable(description: "other byte order") }
        guard try reader.array(UInt8.self) == key else { throw Unreadable(description: "built from other data") }
        guard checksum(body) == bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self) else {
            throw Unreadable(description: "checksum mismatch")
        }
        var tables = IndexTables()
        tables.wordBytes = try reader.array(UInt8.self)
        tables.textBytes = try reader.array(UInt8.self)
        tables.acronymBytes = try reader.array(UInt8.self)
        tables.rowWeights = try reader.array(UInt8.self)
        tables.rowLabels = try reader.array(UInt8.self)
        tables.entryKinds = try reader.array(UInt8.self)
        tables.facetFields = try reader.array(UInt8.self)
        tables.stringBytes = try reader.array(UInt8.self)
        var int32s: [[Int32]] = []
        for _ in int32Arrays(tables) { int32s.append(try reader.array(Int32.self)) }
        (tables.wordStarts, tables.textWords, tables.textWordStarts, tables.textByteStarts, tables.textAcronyms, tables.acronymStarts) =
            (int32s[0], int32s[1], int32s[2], int32s[3], int32s[4], int32s[5])
        (tables.wordTextStarts, tables.wordTexts, tables.acronymTextStarts, tables.acronymTexts, tables.textEntryStarts, tables.textEntries) =
            (int32s[6], int32s[7], int32s[8], int32s[9], int32s[10], int32s[11])
        (tables.rowTexts, tables.rowStrings, tables.entryRowStarts, tables.entryIDs, tables.entryTitles) =
            (int32s[12], int32s[13], int32s[14], int32s[15], int32s[16])
        (tables.entryFacetStarts, tables.entryFacets, tables.facetStrings, tables.stringStarts) = (int32s[17], int32s[18], int32s[19], int32s[20])
        tables.wordMasks = try reader.array(UInt64.self)
        tables.acronymMasks = try reader.array(UInt64.self)
        var lists: [[(id: String, names: [String])]] = []
        for _ in 0..<5 {
            let count = try reader.count(limit: body.count)
            var list: [(id: String, names: [String])] = []
            for _ in 0..<count {
                let id = try reader.string()
                let nameCount = try reader.count(limit: body.count)
                var names: [String] = []
                for _ in 0..<nameCount { names.append(try reader.string()) }
                list.append((id, names))
            }
            lists.append(list)
        }
        var days: [LocalDate] = []
        for _ in 0..<(try reader.count(limit: body.count)) {
            guard let day = LocalDate(iso: try reader.string()) else { throw Unreadable(description: "bad date") }
            days.append(day)
        }
        guard reader.isAtEnd else { throw Unreadable(description: "trailing bytes") }
        guard let problem = tables.inconsistency() else {
            let resolver = FilterResolver(countries: lists[0], categories: lists[1], shows: lists[2], halls: lists[3], kinds: lists[4], days: days)
            return SearchIndex(tables: tables, resolver: resolver)
        }
        throw Unreadable(description: problem)
    }

    /// `bytes` with their last eight bytes replaced by the checksum of the rest, so a damaged
    /// file passes the checksum and the checks behind it are tried (the fuzz target for the
    /// cache reader); a real cache file is never resealed.
    public static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 8 else { return bytes }
        var result = bytes
        withUnsafeBytes(of: checksum(bytes[..<(bytes.count - 8)]).littleEndian) { sum in
            result.replaceSubrange((bytes.count - 8)..., with: sum)
        }
        return result
    }

    /// The Int32 tables in file order (the decoder assigns them back in the same order).
    private static func int32Arrays(_ tables: IndexTables) -> [[Int32]] {
        [tables.wordStarts, tables.textWords, tables.textWordStarts, tables.textByteStarts, tables.textAcronyms, tables.acronymStarts,
         tables.wordTextStarts, tables.wordTexts, tables.acronymTextStarts, tables.acronymTexts, tables.textEntryStarts, tables.textEntries,
         tables.rowTexts, tables.rowStrings, tables.entryRowStarts, tables.entryIDs, tables.entryTitles,
         tables.entryFacetStarts, tables.entryFacets, tables.facetStrings, tables.stringStarts]
    }

    /// A 64-bit multiply-xorshift over 8-byte words: catches damaged files at memory speed.
    static func checksum(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let done: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 32
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x0000_0100_0000_01B3
                offset += 1
            }
            return true
        }
        precondition(done == true, "checksum needs contiguous bytes")
        return hash
    }

    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        checksum(UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count))
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func integer<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }

        mutating func array<T: FixedWidthInteger>(_ values: [T]) {
            integer(UInt64(values.count))
            values.withUnsafeBytes { bytes += $0 }
            while bytes.count % 8 != 0 { bytes.append(0) }
        }

        mutating func string(_ text: String) {
            array(Array(text.utf8))
        }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func raw(_ count: Int) throws(Unreadable) -> UnsafeRawBufferPointer {
            guard count >= 0, count <= bytes.count - offset else { throw Unreadable(description: "truncated") }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
        }

        mutating func integer<T: FixedWidthInteger>(_: T.Type) throws(Unreadable) -> T {
            T(littleEndian: try raw(MemoryLayout<T>.size).loadUnaligned(as: T.self))
        }

        mutating func count(limit: Int) throws(Unreadable) -> Int {
            let value = try integer(UInt64.self)
            guard value <= UInt64(limit) else { throw Unreadable(description: "impossible count") }
            return Int(value)
        }

        mutating func array<T: FixedWidthInteger>(_: T.Type) throws(Unreadable) -> [T] {
            let count = try count(limit: bytes.count / MemoryLayout<T>.size)
            let source = try raw(count * MemoryLayout<T>.size)
            let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
                initialized = count
            }
            _ = try raw((8 - offset % 8) % 8)
            return values
        }

        mutating func string() throws(Unreadable) -> String {
            String(decoding: try array(UInt8.self), as: UTF8.self)
        }
    }
}
