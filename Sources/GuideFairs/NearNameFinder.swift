/// Finds the pairs of loose keys that `OneEditRule` accepts without comparing every pair: each
/// key is hashed whole and with each of its characters deleted in turn. Two strings one
/// substitution, insertion, deletion or swap apart share one of these hashes (for a substitution
/// the same position deleted from both; for an insertion the shorter whole), so only keys in the
/// same hash bucket are compared. Linear in the total length of the keys, plus a sort.
///
/// A bucket holding more than `bucketLimit` different keys is skipped: dozens of names one letter
/// apart ("UNIT 1"... "UNIT 99", "OOO ALFA"... ) are a family of distinct names, exactly where a
/// one-edit match is least safe, and comparing them all would be quadratic. Which buckets are
/// skipped depends only on the set of keys, so results stay independent of input order.
enum NearNameFinder {
    static let bucketLimit = 64

    /// Index pairs (lower first, sorted, no repeats) of keys one allowed edit apart.
    static func pairs(among keys: [String]) -> [(Int32, Int32)] {
        let scalarKeys = keys.map { Array($0.unicodeScalars) }
        let maximumLength = scalarKeys.map(\.count).max() ?? 0
        var powers = [UInt64](repeating: 1, count: maximumLength + 1)
        for index in stride(from: 1, through: maximumLength, by: 1) { powers[index] = powers[index - 1] &* base }

        var hashed: [(hash: UInt64, key: Int32)] = []
        hashed.reserveCapacity(scalarKeys.reduce(0) { $0 + ($1.count >= OneEditRule.minimumKeyLength ? $1.count + 1 : 0) })
        var prefix: [UInt64] = []
        for (keyIndex, key) in scalarKeys.enumerated() where key.count >= OneEditRule.minimumKeyLength {
            let length = key.count
            prefix.removeAll(keepingCapacity: true)
            prefix.append(0)
            for scalar in key { prefix.append(prefix[prefix.count - 1] &* base &+ UInt64(scalar.value) &+ 1) }
            let whole = prefix[length]
            hashed.append((finish(whole, length: length), Int32(keyIndex)))
            for deleted in 0..<length {
                // hash(key without key[deleted]) = hash(prefix) · B^(after) + hash(suffix after it)
                let after = length - 1 - deleted
                let suffix = whole &- prefix[deleted + 1] &* powers[after]
                let variant = prefix[deleted] &* powers[after] &+ suffix
                hashed.append((finish(variant, length: length - 1), Int32(keyIndex)))
            }
        }
        hashed.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.key < $1.key }

        var found: [(Int32, Int32)] = []
        var bucket: [Int32] = []
        var start = 0
        while start < hashed.count {
            var end = start + 1
            while end < hashed.count && hashed[end].hash == hashed[start].hash { end += 1 }
            if end - start > 1 {
                bucket.removeAll(keepingCapacity: true)
                for index in start..<end where bucket.last != hashed[index].key { bucket.append(hashed[index].key) }
                if bucket.count > 1 && bucket.count <= bucketLimit {
                    for first in 0..<(bucket.count - 1) {
                        for second in (first + 1)..<bucket.count
                        where OneEditRule.allows(scalarKeys[Int(bucket[first])], scalarKeys[Int(bucket[second])]) {
                            found.append((bucket[first], bucket[second]))
                        }
                    }
                }
            }
            start = end
        }
        found.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var unique: [(Int32, Int32)] = []
        unique.reserveCapacity(found.count)
        for pair in found where unique.last.map({ $0 != pair }) ?? true { unique.append(pair) }
        return unique
    }

    private static let base: UInt64 = 0x100000001B3

    /// Mixes in the length and spreads the bits (splitmix64's finaliser).
    private static func finish(_ hash: UInt64, length: Int) -> UInt64 {
        var value = hash ^ (UInt64(length) &* 0x9E3779B97F4A7C15)
        value = (value ^ (value >> 30)) &* 0xBF58476D1CE4E5B9
        value = (value ^ (value >> 27)) &* 0x94D049BB133111EB
        return value ^ (value >> 31)
    }
}
