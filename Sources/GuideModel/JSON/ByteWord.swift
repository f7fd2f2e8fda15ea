/// Eight bytes at a time: tests that let scanners skip runs of ordinary text in one step instead
/// of one byte at a time (strings are most of a show file).
enum ByteWord {
    /// The eight bytes at `offset` (the caller checks that there are eight).
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether any byte of `word` equals `byte`.
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        hasZeroByte(word ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
    }

    /// Whether any byte of `word` is below `limit` (at most 0x80).
    static func containsByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether any byte of `word` has its high bit set (is not ASCII).
    static func containsNonASCII(_ word: UInt64) -> Bool {
        word & 0x8080_8080_8080_8080 != 0
    }

    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }
}
