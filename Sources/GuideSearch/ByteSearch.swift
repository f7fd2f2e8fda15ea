/// The one-typo check on folded UTF-8, used on every keystroke: no allocation, no Unicode
/// machinery (the text is already folded). Substring search is `FieldMatcher.firstIndex`.
enum ByteSearch {
    /// True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of
    /// neighbours. Linear time, no allocation.
    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { withinOneEdit(a, $0) } }
    }

    /// The same check on buffers (a word read in place from the index).
    static func withinOneEdit(_ pa: UnsafeBufferPointer<UInt8>, _ pb: UnsafeBufferPointer<UInt8>) -> Bool {
        let aCount = pa.count
        let bCount = pb.count
        guard abs(aCount - bCount) <= 1 else { return false }
        // Walk both from the front, then from the back; at most one edit may sit between.
        var front = 0
        let shortCount = min(aCount, bCount)
        while front < shortCount && pa[front] == pb[front] { front += 1 }
        if front == shortCount { return true }
        var backA = aCount - 1
        var backB = bCount - 1
        while backA > front && backB > front && pa[backA] == pb[backB] {
            backA -= 1
            backB -= 1
        }
        if aCount == bCount {
            if backA == front { return true }  // one substitution
            // A swap of neighbours: ab / ba.
            return backA == front + 1 && pa[front] == pb[front + 1] && pa[front + 1] == pb[front]
        }
        // One insertion or deletion: after the first difference, the shorter one's rest equals
        // the longer one's rest shifted by one.
        if aCount < bCount {
            var k = front
            while k < aCount {
                if pa[k] != pb[k + 1] { return false }
                k += 1
            }
            return true
        }
        var k = front
        while k < bCount {
            if pb[k] != pa[k + 1] { return false }
            k += 1
        }
        return true
    }
}
