/// Changes bytes without regard to structure: what a truncated download, a bad disk or an editor
/// in the wrong encoding leaves. Used sparingly next to `JSONMutator`, which reaches deeper.
public struct ByteMutator {
    /// Fragments that are each a known trap for a JSON reader or the text behind it.
    static let tokens: [[UInt8]] = [
        "\"", "\\", "\\u0000", "\\ud800", "\\udc00x", "1e999", "-1e999", "-0", "00", "1.", "9223372036854775808",
        "{", "}", "[", "]", ",", ":", "null", "\u{FEFF}", "\u{200D}", "\u{1B}[2J",
    ].map { Array($0.utf8) } + [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00]]

    public init() {}

    /// One to three byte-level changes of `bytes`.
    public func mutate(_ bytes: [UInt8], using random: inout some RandomNumberGenerator) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            mutateOnce(&result, using: &random)
        }
        return result
    }

    func mutateOnce(_ bytes: inout [UInt8], using random: inout some RandomNumberGenerator) {
        guard !bytes.isEmpty else { bytes = Self.tokens.randomElement(using: &random)!; return }
        let position = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<6, using: &random) {
        case 0: bytes[position] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
        case 1: bytes[position] = UInt8.random(in: 0...255, using: &random)
        case 2: bytes.insert(contentsOf: Self.tokens.randomElement(using: &random)!, at: position)
        case 3:
            let end = min(bytes.count, position + Int.random(in: 1...16, using: &random))
            bytes.removeSubrange(position..<end)
        case 4: bytes.removeSubrange(position...)
        default:
            let length = min(bytes.count - position, Int.random(in: 1...64, using: &random))
            let copy = bytes[position..<(position + length)]
            bytes.insert(contentsOf: copy, at: Int.random(in: 0...bytes.count, using: &random))
        }
    }
}
