import Foundation

/// Sort keys for many names packed into one byte buffer, so sorting 100,000 names compares bytes
/// instead of retaining and comparing 100,000 separate strings.
struct SortKeys {
    private let bytes: [UInt8]
    private let starts: [Int]
    private let lengths: [Int]
    /// The first eight bytes of each key, big-endian and zero-padded: comparing these settles most
    /// comparisons without touching the buffer.
    private let prefixes: [UInt64]

    /// Keys for `count` items; `appendKey` appends the key of item `index` to `bytes`.
    init(count: Int, appendKey: (_ index: Int, _ bytes: inout [UInt8]) -> Void) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var lengths: [Int] = []
        var prefixes: [UInt64] = []
        starts.reserveCapacity(count)
        lengths.reserveCapacity(count)
        prefixes.reserveCapacity(count)
        for index in 0..<count {
            let start = bytes.count
            appendKey(index, &bytes)
            starts.append(start)
            lengths.append(bytes.count - start)
            var prefix: UInt64 = 0
            for offset in 0..<8 {
                prefix <<= 8
                if start + offset < bytes.count { prefix |= UInt64(bytes[start + offset]) }
            }
            prefixes.append(prefix)
        }
        self.bytes = bytes
        self.starts = starts
        self.lengths = lengths
        self.prefixes = prefixes
    }

    /// Indices ordered by key (UTF-8 byte order, which is code point order); `tieBreak` orders
    /// equal keys.
    func sortedIndices(tieBreak: (Int, Int) -> Bool) -> [Int] {
        prefixes.withUnsafeBufferPointer { prefixes in
            Array(0..<prefixes.count).sorted { a, b in
                if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
                let order = compare(a, b)
                return order != 0 ? order < 0 : tieBreak(a, b)
            }
        }
    }

    /// Compares the keys at two indices: negative, zero or positive.
    func compare(_ a: Int, _ b: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let common = min(lengths[a], lengths[b])
            var order: Int32 = 0
            if common > 0, let base = buffer.baseAddress { order = memcmp(base + starts[a], base + starts[b], common) }
            return order != 0 ? Int(order) : lengths[a] - lengths[b]
        }
    }
}
