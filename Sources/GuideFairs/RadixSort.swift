/// Sorts integers by their bits (least significant 16 bits first, four passes), for the few
/// million packed hashes `NearNameFinder` sorts at dataset scale: the standard library's
/// comparison sort spent a third of a second there, a radix sort a small fraction of it. The
/// order is the integers' own, so results are the same as `sort()`'s.
enum RadixSort {
    /// Below this, the standard sort is quicker than clearing the counters.
    static let minimumCount = 4096

    static func sort(_ values: inout [UInt64]) {
        guard values.count >= minimumCount else {
            values.sort()
            return
        }
        let digits = 4
        let radix = 1 << 16
        // One pass counts every digit; each pass then places by one digit, stably.
        var counts = [Int](repeating: 0, count: digits * radix)
        for value in values {
            for digit in 0..<digits {
                counts[digit * radix + Int((value >> UInt64(digit * 16)) & 0xFFFF)] += 1
            }
        }
        var buffer = [UInt64](repeating: 0, count: values.count)
        for digit in 0..<digits {
            let base = digit * radix
            // A digit every value shares orders nothing: skip its pass.
            if counts[base + Int((values[0] >> UInt64(digit * 16)) & 0xFFFF)] == values.count { continue }
            var offset = 0
            for bucket in base..<(base + radix) {
                let count = counts[bucket]
                counts[bucket] = offset
                offset += count
            }
            values.withUnsafeBufferPointer { source in
                buffer.withUnsafeMutableBufferPointer { target in
                    for value in source {
                        let bucket = base + Int((value >> UInt64(digit * 16)) & 0xFFFF)
                        target[counts[bucket]] = value
                        counts[bucket] += 1
                    }
                }
            }
            swap(&values, &buffer)
        }
    }
}
