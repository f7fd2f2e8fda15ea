import Foundation

/// Sort keys for many names packed into one byte buffer, so sorting 100,000 names compares bytes
/// with `memcmp` instead of retaining and comparing 100,000 separate strings.
struct SortKeys {
    private let bytes: [UInt8]
    private let starts: [Int]
    private let lengths: [Int]

    init(_ keys: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var lengths: [Int] = []
        starts.reserveCapacity(keys.count)
        lengths.reserveCapacity(keys.count)
        for key in keys {
            starts.append(bytes.count)
            bytes.append(contentsOf: key.utf8)
            lengths.append(bytes.count - starts[starts.count - 1])
        }
        self.bytes = bytes
        self.starts = starts
        self.lengths = lengths
    }

    /// Indices ordered by key (UTF-8 byte order, which is code point order); `tieBreak` orders
    /// equal keys.
    func sortedIndices(tieBreak: (Int, Int) -> Bool) -> [Int] {
        bytes.withUnsafeBufferPointer { buffer in
            starts.withUnsafeBufferPointer { starts in
                lengths.withUnsafeBufferPointer { lengths in
                    let base = buffer.baseAddress
                    return Array(0..<starts.count).sorted { a, b in
                        let la = lengths[a]
                        let lb = lengths[b]
                        let common = min(la, lb)
                        var order: Int32 = 0
                        if common > 0, let base { order = memcmp(base + starts[a], base + starts[b], common) }
                        if order != 0 { return order < 0 }
                        if la != lb { return la < lb }
                        return tieBreak(a, b)
                    }
                }
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
