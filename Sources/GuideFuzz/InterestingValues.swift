import GuideModel

/// Values that have broken parsers and loaders before: edges of dates, times, stamps and
/// numbers, text that must never reach a terminal raw, and shapes a field was not written for.
/// Mutations draw from these far more often than from random bytes, because a loader's bugs sit
/// at edges (a reversed range, a year 0 or 10000, a zero-width joiner), not in the middle.
enum InterestingValues {
    static let dates = [
        "0000-01-01", "0001-01-01", "1969-12-31", "1970-01-01", "2000-02-29", "2023-02-29", "2024-09-24", "2024-09-26",
        "9999-12-31", "10000-01-01", "2024-13-01", "2024-00-10", "2024-09-31", "2024-9-1", "-2024-01-01", "2024",
        "2024-09", "99999999-12-31",
    ]
    static let times = ["00:00", "23:59", "24:00", "12:60", "99:99", "-1:00", "9:00", "10:00:00", "T10:00"]
    static let stamps = [
        "9999-12-31T23:59:59.999Z", "0000-01-01T00:00:00.000Z", "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z",
        "2024-09-25T11:00:00.000Z", "2024-09-25T11:00:60.000Z", "10000-01-01T00:00:00.000Z", "2024-09-25T11:00:00Z",
        "2024-09-25T11:00:00.000+04:00", "2024-09-25T11:00:00.0000001Z",
    ]
    static let texts = [
        "", " ", "\u{200D}", "Z\u{200D}W", "👩\u{200D}💻", "\u{1B}[31mred\u{1B}[0m", "\u{1B}]0;title\u{07}", "\u{202E}evil",
        "\u{0}", "\u{7F}\u{9B}", "line\nbreak", "tab\there", "a\u{0301}\u{0301}\u{0301}", "漢字テスト", "ƏəİıĞğŞşÇçÖöÜü",
        "Азерсилах", "\u{FEFF}bom", "\u{2028}", "\u{E000}", "\u{10FFFF}", "Asia/Baku", "Europe/Berlin", "Etc/GMT+14",
        "aselsan", "main", "hall-a", "uav", "AZ", "TR", "XX", "https://", "www.example.org", "&amp;&#0;&#x110000;",
    ]
    static let numbers: [Double] = [
        0, -0.0, 1, -1, 0.5, 2, 255, 256, 65_535, 65_536, 2_147_483_647, 2_147_483_648, -2_147_483_649,
        9_007_199_254_740_992, 9.3e18, -9.3e18, 1e300, -1e300, Double.leastNonzeroMagnitude, 1e15, 1e16,
    ]

    /// A value of any type, drawn mostly from the edges above.
    static func any(using random: inout some RandomNumberGenerator) -> JSONValue {
        switch Int.random(in: 0..<12, using: &random) {
        case 0: .string(dates.randomElement(using: &random)!)
        case 1: .string(times.randomElement(using: &random)!)
        case 2: .string(stamps.randomElement(using: &random)!)
        case 3, 4: .string(texts.randomElement(using: &random)!)
        case 5: .string(longText(using: &random))
        case 6, 7: .number(numbers.randomElement(using: &random)!)
        case 8: .bool(Bool.random(using: &random))
        case 9: .null
        case 10: .array([])
        default: .object([])
        }
    }

    /// A run of one piece, up to a few thousand characters: long enough to find work that grows
    /// with a field's length, short enough to keep an iteration quick.
    static func longText(using random: inout some RandomNumberGenerator) -> String {
        let piece = ["a", "Ə", "\u{200D}", "漢", "x ", "\u{1B}"].randomElement(using: &random)!
        return String(repeating: piece, count: Int.random(in: 100...3_000, using: &random))
    }

    /// A string of the same kind as `text` when its kind is recognisable (a date stays a date-like
    /// string, a stamp a stamp), so the checks behind the first one are reached.
    static func similar(to text: String, using random: inout some RandomNumberGenerator) -> JSONValue {
        let bytes = Array(text.utf8)
        let looksLikeDate = bytes.count == 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
        let looksLikeTime = bytes.count == 5 && bytes[2] == UInt8(ascii: ":")
        let looksLikeStamp = bytes.count > 19 && bytes[10] == UInt8(ascii: "T")
        if looksLikeStamp { return .string(stamps.randomElement(using: &random)!) }
        if looksLikeDate { return .string(dates.randomElement(using: &random)!) }
        if looksLikeTime { return .string(times.randomElement(using: &random)!) }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return .string(texts.randomElement(using: &random)!)
        case 1: return .string(text + texts.randomElement(using: &random)!)
        case 2: return .string(String(text.reversed()))
        default: return any(using: &random)
        }
    }
}
