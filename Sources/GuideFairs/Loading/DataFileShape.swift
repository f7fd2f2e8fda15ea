/// Tells an `adex-guide/1` document from a CAAT/Omega fair file by its top-level field names,
/// reading only as far as the first name that settles it (`format`, `event`... or `series`,
/// `exhibitor`...), usually the first. Nothing is parsed into values and nothing is trusted: on
/// anything unexpected it stops, undecided, and the caller uses the `adex-guide/1` loader, whose
/// messages then say what is wrong.
enum DataFileShape {
    static let showFields: Set<String> = [
        "format", "$schema", "event", "sources", "shows", "halls", "categories", "countries", "kinds", "exhibitors",
        "products", "programme", "figures",
    ]
    static let fairOnlyFields: Set<String> = [
        "series", "edition", "alias", "startDate", "endDate", "approxDate", "address", "organiser", "exhibitorListUrl",
        "exhibitorListDate", "exhibitor", "delegation", "online", "exhibitorListIncomplete",
    ]
    /// Fair fields that settle nothing alone, but make a document without any show field a fair.
    static let fairFields: Set<String> = ["name", "website", "country", "social"]

    /// The format the bytes (a file's start) look like, or nil when they do not say.
    static func detect(_ bytes: [UInt8]) -> DataFileFormat? {
        var scanner = Scanner(bytes: bytes)
        scanner.skipByteOrderMark()
        scanner.skipWhitespace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        var sawFairField = false
        while true {
            scanner.skipWhitespace()
            guard let key = scanner.key() else { return sawFairField ? .fairFile : nil }
            if showFields.contains(key) { return .adexGuide }
            if fairOnlyFields.contains(key) { return .fairFile }
            if fairFields.contains(key) { sawFairField = true }
            scanner.skipWhitespace()
            guard scanner.take(UInt8(ascii: ":")), scanner.skipValue() else { return sawFairField ? .fairFile : nil }
            scanner.skipWhitespace()
            guard scanner.take(UInt8(ascii: ",")) else { return sawFairField ? .fairFile : nil }
        }
    }

    /// Moves over bytes without building anything; every step checks the end.
    private struct Scanner {
        let bytes: [UInt8]
        var offset = 0

        mutating func skipByteOrderMark() {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }
        }

        mutating func skipWhitespace() {
            while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
            return true
        }

        /// A member name; names with escapes are returned with the escapes as written (they
        /// match no field name, which is what they are).
        mutating func key() -> String? {
            let start = offset + 1
            guard take(UInt8(ascii: "\"")), skipStringBody() else { return nil }
            return String(decoding: bytes[start..<(offset - 1)], as: UTF8.self)
        }

        /// Past the closing quote of a string whose opening quote was taken.
        mutating func skipStringBody() -> Bool {
            while offset < bytes.count {
                switch bytes[offset] {
                case UInt8(ascii: "\""):
                    offset += 1
                    return true
                case UInt8(ascii: "\\"): offset += 2
                default: offset += 1
                }
            }
            return false
        }

        /// Past one value of any kind, nested ones included (by counting brackets outside strings).
        mutating func skipValue() -> Bool {
            skipWhitespace()
            guard offset < bytes.count else { return false }
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                offset += 1
                return skipStringBody()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while offset < bytes.count {
                    switch bytes[offset] {
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                        offset += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        offset += 1
                        if depth == 0 { return true }
                    case UInt8(ascii: "\""):
                        offset += 1
                        guard skipStringBody() else { return false }
                    default: offset += 1
                    }
                }
                return false
            default:
                // A number or a literal: up to the next separator.
                let start = offset
                while offset < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) {
                    offset += 1
                }
                return offset > start
            }
        }
    }
}
