/// Byte-level text operations on folded UTF-8, used on every keystroke: no allocation, no
/// Unicode machinery (the text is already folded), much faster than `String.contains`.
enum ByteSearch {
    /// First position of `needle` in `haystack` at or after `from`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        let n = needle.count
        let h = haystack.count
        guard n > 0, from >= 0, n <= h - from else { return n == 0 ? from : nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let first = pin[0]
                var index = from
                let last = h - n
                while index <= last {
                    if hay[index] == first {
                        var matched = 1
                        while matched < n && hay[index + matched] == pin[matched] { matched += 1 }
                        if matched == n { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of
    /// neighbours. Linear time, no allocation.
    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var i = 0
        while i < short.count && short[i] == long[i] { i += 1 }
        if i == short.count { return true }
        if short.count == long.count {
            if short[(i + 1)...] == long[(i + 1)...] { return true }
            return i + 1 < short.count && short[i] == long[i + 1] && short[i + 1] == long[i]
                && short[(i + 2)...] == long[(i + 2)...]
        }
        return short[i...] == long[(i + 1)...]
    }
}
