import Foundation

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
    ///
    /// On all cores: the keys' hashes are made a chunk of keys per task, each task putting them
    /// in two lists by the hash's top bit; each half is then sorted and its buckets compared on
    /// a core of its own (a bucket's hashes are equal, so all in one half). The pairs found are
    /// sorted at the end, so the result is the same on any number of cores.
    static func pairs(among keys: [String]) -> [(Int32, Int32)] {
        let scalarKeys = ParallelChunks.map(count: keys.count) { Array(keys[$0].unicodeScalars) }
        let maximumLength = scalarKeys.reduce(0) { max($0, $1.count) }
        var powers = [UInt64](repeating: 1, count: maximumLength + 1)
        for index in stride(from: 1, through: maximumLength, by: 1) { powers[index] = powers[index - 1] &* base }
        let keyPowers = powers

        // Each (hash, key) packed in one UInt64, the hash's top bits above the key's index, so
        // a plain integer sort groups equal hashes (fewer hash bits only add verified candidates).
        let keyBits = max(1, UInt64.bitWidth - UInt64(max(1, keys.count)).leadingZeroBitCount)
        let keyMask: UInt64 = (1 << UInt64(keyBits)) - 1
        let chunkCount = keys.count < 4096 ? 1 : 2 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = ParallelChunks.mapEach(count: chunkCount) { chunk -> [[UInt64]] in
            var halves: [[UInt64]] = [[], []]
            var prefix: [UInt64] = []
            for keyIndex in (keys.count * chunk / chunkCount)..<(keys.count * (chunk + 1) / chunkCount) {
                let key = scalarKeys[keyIndex]
                guard key.count >= OneEditRule.minimumKeyLength else { continue }
                let length = key.count
                prefix.removeAll(keepingCapacity: true)
                prefix.append(0)
                for scalar in key { prefix.append(prefix[prefix.count - 1] &* base &+ UInt64(scalar.value) &+ 1) }
                let whole = prefix[length]
                func add(_ hash: UInt64) {
                    let packed = (hash << UInt64(keyBits)) | UInt64(keyIndex)
                    halves[Int(packed >> 63)].append(packed)
                }
                add(finish(whole, length: length))
                for deleted in 0..<length {
                    // hash(key without key[deleted]) = hash(prefix) · B^(after) + hash(suffix after it)
                    let after = length - 1 - deleted
                    let suffix = whole &- prefix[deleted + 1] &* keyPowers[after]
                    let variant = prefix[deleted] &* keyPowers[after] &+ suffix
                    add(finish(variant, length: length - 1))
                }
            }
            return halves
        }

        let found = ParallelChunks.mapEach(count: 2) { half -> [UInt64] in
            var hashed: [UInt64] = []
            hashed.reserveCapacity(chunks.reduce(0) { $0 + $1[half].count })
            for chunk in chunks { hashed.append(contentsOf: chunk[half]) }
            RadixSort.sort(&hashed)
            return pairsInBuckets(of: hashed, keyBits: keyBits, keyMask: keyMask, scalarKeys: scalarKeys)
        }
        var packedPairs = found[0] + found[1]
        RadixSort.sort(&packedPairs)
        var unique: [(Int32, Int32)] = []
        unique.reserveCapacity(packedPairs.count)
        for (index, pair) in packedPairs.enumerated() where index == 0 || packedPairs[index - 1] != pair {
            unique.append((Int32(truncatingIfNeeded: pair >> 32), Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF)))
        }
        return unique
    }

    /// The pairs (packed: lower index in the top half) of keys sharing a bucket of `hashed`
    /// (sorted) that `OneEditRule` accepts, skipping buckets of more than `bucketLimit` keys.
    private static func pairsInBuckets(of hashed: [UInt64], keyBits: Int, keyMask: UInt64, scalarKeys: [[Unicode.Scalar]]) -> [UInt64] {
        var found: [UInt64] = []
        var bucket: [Int32] = []
        var start = 0
        while start < hashed.count {
            let hash = hashed[start] >> UInt64(keyBits)
            var end = start + 1
            while end < hashed.count && hashed[end] >> UInt64(keyBits) == hash { end += 1 }
            if end - start > 1 {
                bucket.removeAll(keepingCapacity: true)
                for index in start..<end {
                    let key = Int32(truncatingIfNeeded: hashed[index] & keyMask)
                    if bucket.last != key { bucket.append(key) }
                }
                if bucket.count > 1 && bucket.count <= bucketLimit {
                    for first in 0..<(bucket.count - 1) {
                        for second in (first + 1)..<bucket.count
                        where OneEditRule.allows(scalarKeys[Int(bucket[first])], scalarKeys[Int(bucket[second])]) {
                            found.append(UInt64(UInt32(bitPattern: bucket[first])) << 32 | UInt64(UInt32(bitPattern: bucket[second])))
                        }
                    }
                }
            }
            start = end
        }
        return found
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
