/// Eight bytes at a time: tests that let scanners skip runs of ordinary text in one step instead
/// of one byte at a time (strings are most of a show file).
///
/// A "mark" is the high bit of a byte set in the result. Bytes after (above) a truly marked byte
/// can be marked falsely, so only the lowest mark is certain: `firstMarked` finds it.
enum ByteWord {
    /// The eight bytes at `offset`, the first in the lowest bits (the caller checks that there are eight).
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// Marks the bytes of `word` equal to `byte`.
    static func marks(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        marks(word ^ (0x0101_0101_0101_0101 &* UInt64(byte)), below: 1)
    }

    /// Marks the bytes of `word` below `limit` (at most 0x80).
    static func marks(_ word: UInt64, below limit: UInt8) -> UInt64 {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080
    }

    /// Whether any byte of `word` has its high bit set (is not ASCII).
    static func containsNonASCII(_ word: UInt64) -> Bool {
        word & 0x8080_8080_8080_8080 != 0
    }

    /// The position (0 to 7) of the first byte marked in `marks`, which must not be zero.
    static func firstMarked(_ marks: UInt64) -> Int {
        marks.trailingZeroBitCount / 8
    }
}
