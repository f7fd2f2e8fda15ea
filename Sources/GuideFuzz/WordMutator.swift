/// Changes a binary file the way a reader of counts and offsets is attacked: an aligned 64-bit or
/// 32-bit word set to an edge value (zero, one, the maximum, minus one, just past a size), bytes
/// flipped, or the file cut short. For the search cache, whose layout is counts and arrays padded
/// to eight bytes.
public struct WordMutator {
    static let edges64: [UInt64] = [0, 1, 2, 7, 8, 255, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0x1_0000_0000, UInt64(Int64.max), UInt64.max, UInt64.max - 7]
    static let edges32: [UInt32] = [0, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0xFFFF_FFFE]

    public init() {}

    public func mutate(_ bytes: [UInt8], using random: inout some RandomNumberGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            guard result.count >= 16 else { return ByteMutator().mutate(result, using: &random) }
            switch Int.random(in: 0..<5, using: &random) {
            case 0, 1:
                let offset = Int.random(in: 0..<(result.count / 8), using: &random) * 8
                write(Self.edges64.randomElement(using: &random)!, at: offset, in: &result)
            case 2:
                let offset = Int.random(in: 0..<(result.count / 4), using: &random) * 4
                write(Self.edges32.randomElement(using: &random)!, at: offset, in: &result)
            case 3:
                let offset = Int.random(in: 0..<(result.count / 8), using: &random) * 8
                let value = result[offset..<(offset + 8)].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                write(value &+ (Bool.random(using: &random) ? 1 : UInt64.max), at: offset, in: &result)
            default:
                result = ByteMutator().mutate(result, using: &random)
            }
        }
        return result
    }

    private func write<T: FixedWidthInteger>(_ value: T, at offset: Int, in bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { word in
            for (index, byte) in word.enumerated() where offset + index < bytes.count { bytes[offset + index] = byte }
        }
    }
}
