#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives each distinct byte string a dense id, in order of first appearance, and keeps one copy of
/// its bytes. The index is built from a million field texts of which most repeat (product types,
/// places, template descriptions), so every text, word and acronym is stored and matched once.
///
/// Open addressing over a power-of-two table with a fast multiplicative hash of 8-byte chunks:
/// several times quicker than `Dictionary<String, Int>` on short keys, and no `String` is built.
/// Each slot also keeps 32 bits of its string's hash, so a probe that lands on another string is
/// almost always rejected without reading that string's bytes (a cache miss at a million strings),
/// and growing the table needs no rehashing.
struct ByteInterner {
    /// The distinct strings, back to back.
    private(set) var bytes: [UInt8] = []
    /// `starts[id]..<starts[id + 1]` are the bytes of string `id`.
    private(set) var starts: [Int32] = [0]
    /// Per slot: the string's id + 1 in the low 32 bits (0 is an empty slot), the high 32 bits of
    /// its hash above them.
    private var slots: [UInt64]
    private var slotMask: Int

    init(expectedCount: Int = 1024) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        slotMask = capacity - 1
    }

    var count: Int { starts.count - 1 }

    /// The id of `key`, adding it when it is new.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let hash = Self.hash(key)
        let tag = UInt64(UInt(bitPattern: hash) >> 32) << 32
        var slot = Self.slotIndex(tag: tag, mask: slotMask)
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if stored & 0xFFFF_FFFF_0000_0000 == tag, equals(Int(stored & 0xFFFF_FFFF) - 1, key) {
                return (Int32(stored & 0xFFFF_FFFF) - 1, false)
            }
            slot = (slot + 1) & slotMask
        }
        let id = count
        bytes.append(contentsOf: key)
        starts.append(Int32(bytes.count))
        slots[slot] = tag | UInt64(id + 1)
        if count * 2 > slots.count { grow() }
        return (Int32(id), true)
    }

    /// Stores a string that is known not to repeat (entry ids) under a new id, without looking it
    /// up or entering it in the table: a later `intern` of the same bytes gets another id.
    mutating func appendWithoutLookup(_ text: String) -> Int32 {
        let id = count
        bytes += text.utf8
        starts.append(Int32(bytes.count))
        return Int32(id)
    }

    mutating func intern(_ key: [UInt8]) -> (id: Int32, isNew: Bool) {
        key.withUnsafeBufferPointer { intern($0) }
    }

    /// Interns a string's UTF-8 (native strings are contiguous, so nothing is copied).
    mutating func intern(_ text: String) -> (id: Int32, isNew: Bool) {
        var text = text
        return text.withUTF8 { intern($0) }
    }

    private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id])
        let length = Int(starts[id + 1]) - start
        guard length == key.count else { return false }
        guard length > 0 else { return true }
        return bytes.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + start, key.baseAddress!, length) == 0
        }
    }

    /// Doubles the table; each string's slot follows from the hash bits its old slot kept.
    private mutating func grow() {
        let capacity = slots.count * 2
        var grown = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for stored in slots where stored != 0 {
            var slot = Self.slotIndex(tag: stored, mask: mask)
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = stored
        }
        slots = grown
        slotMask = mask
    }

    /// Slots are indexed by the hash's high 32 bits (the part a slot keeps), so growing can place
    /// each string again from its slot alone.
    private static func slotIndex(tag: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: tag >> 32) & mask
    }

    /// Multiply-and-rotate over 8-byte chunks; good enough to spread words and names evenly.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return Int(truncatingIfNeeded: hash) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= key.count {
            let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ chunk) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < key.count {
            tail |= UInt64(base[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash)
    }
}
