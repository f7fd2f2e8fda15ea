/// A strict JSON (RFC 8259) parser over UTF-8 bytes.
///
/// Written here rather than using Foundation's `JSONSerialization` because the loader must say
/// *where* a file is broken (line and column), must reject invalid UTF-8 instead of guessing, must
/// see duplicate keys, and must not crash on hostile input (nesting is bounded).
///
/// Parsing checks the whole document and records only where each array and object ends (a
/// `JSONDocument`); values are read from the bytes when asked for. A show file of 100,000
/// exhibitors holds millions of values, and a tree of them cost more time and memory than the
/// catalog built from it.
public struct JSONParser {
    /// Deeper nesting than this is refused, so hostile input cannot overflow the stack.
    public static let maximumDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var depth = 0
    private var containers: [JSONDocument.Container] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Parses a whole document. A UTF-8 byte-order mark at the start is skipped.
    public static func parse(_ data: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        let array = Array(data)
        let outcome: Result<JSONValue, JSONSyntaxError> = array.withUnsafeBufferPointer { buffer in
            do throws(JSONSyntaxError) {
                return .success(try parse(buffer: buffer))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Parses a whole document from a buffer the caller keeps alive.
    public static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        try withDocument(buffer) { document in document.value(document.root) }
    }

    /// Checks a whole document, indexes its arrays and objects, and calls `body` with it. The
    /// document reads `buffer` (which the caller keeps alive) and is valid only inside `body`.
    static func withDocument<Result>(_ buffer: UnsafeBufferPointer<UInt8>,
                                     _ body: (JSONDocument) -> Result) throws(JSONSyntaxError) -> Result {
        let (containers, rootOffset) = try index(buffer)
        return containers.withUnsafeBufferPointer { containers in
            body(JSONDocument(bytes: buffer, containers: containers, rootOffset: rootOffset))
        }
    }

    /// The containers of a whole document, and where its value starts.
    private static func index(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> ([JSONDocument.Container], Int) {
        // Positions are kept in 32 bits; show files are refused long before this size.
        guard buffer.count < Int(UInt32.max) else {
            throw JSONSyntaxError(line: 1, column: 1, message: "document is too large (4 GiB or more)")
        }
        if let bad = UTF8Check.firstInvalidOffset(in: buffer) {
            throw error(at: bad, in: buffer, "invalid UTF-8 (byte 0x\(String(buffer[bad], radix: 16, uppercase: true)))")
        }
        var parser = JSONParser(bytes: buffer)
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            parser.offset = 3
        }
        parser.skipWhitespace()
        if parser.offset == buffer.count {
            throw parser.failure("empty document: expected a JSON value")
        }
        let rootOffset = parser.offset
        try parser.parseValue()
        parser.skipWhitespace()
        if parser.offset != buffer.count {
            throw parser.failure("unexpected \(parser.describeCurrent()) after the end of the JSON value")
        }
        return (parser.containers, rootOffset)
    }

    // MARK: - Values

    private mutating func parseValue() throws(JSONSyntaxError) {
        guard offset < bytes.count else { throw failure("unexpected end of file: expected a value") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "n"): try expectLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        default: throw failure("unexpected \(describeCurrent()): expected a value")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) {
        let ordinal = try enter()
        offset += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            offset += 1
            leave(ordinal)
            return
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else {
                throw failure("unexpected \(describeCurrent()): expected a quoted member name")
            }
            let keyStart = offset
            try parseString()
            let keyEnd = offset
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                let key = JSONDocument.decodeString(UnsafeBufferPointer(rebasing: bytes[(keyStart + 1)..<(keyEnd - 1)]))
                throw failure("unexpected \(describeCurrent()): expected ':' after member name \"\(key)\"")
            }
            offset += 1
            skipWhitespace()
            try parseValue()
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                offset += 1
            case UInt8(ascii: "}"):
                offset += 1
                leave(ordinal)
                return
            default:
                throw failure("unexpected \(describeCurrent()): expected ',' or '}' in an object")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) {
        let ordinal = try enter()
        offset += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            offset += 1
            leave(ordinal)
            return
        }
        while true {
            skipWhitespace()
            try parseValue()
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                leave(ordinal)
                return
            default:
                throw failure("unexpected \(describeCurrent()): expected ',' or ']' in an array")
            }
        }
    }

    /// Opens a container: checks the depth and reserves its entry, returning its ordinal.
    private mutating func enter() throws(JSONSyntaxError) -> Int {
        depth += 1
        if depth > Self.maximumDepth {
            throw failure("nesting deeper than \(Self.maximumDepth) levels")
        }
        containers.append(JSONDocument.Container(end: 0, nested: 0))
        return containers.count - 1
    }

    /// Closes a container whose closing bracket has just been read.
    private mutating func leave(_ ordinal: Int) {
        depth -= 1
        containers[ordinal] = JSONDocument.Container(end: UInt32(offset), nested: UInt32(containers.count - ordinal - 1))
    }

    // MARK: - Strings

    /// Checks a string; its text is made only when the string is read (see `JSONDocument`).
    private mutating func parseString() throws(JSONSyntaxError) {
        let start = offset
        offset += 1
        while offset < bytes.count {
            // Skip ordinary text eight bytes at a time, to the first quote, backslash or control.
            while offset + 8 <= bytes.count {
                let word = ByteWord.load(bytes, at: offset)
                let marks = ByteWord.marks(word, equalTo: UInt8(ascii: "\"")) | ByteWord.marks(word, equalTo: UInt8(ascii: "\\"))
                    | ByteWord.marks(word, below: 0x20)
                if marks != 0 {
                    offset += ByteWord.firstMarked(marks)
                    break
                }
                offset += 8
            }
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return
            case UInt8(ascii: "\\"):
                offset += 1
                guard offset < bytes.count else { break }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    break
                case UInt8(ascii: "u"):
                    try checkUnicodeEscape()
                default:
                    offset -= 1
                    throw failure("invalid escape '\\\(describeByte(escape))' in a string")
                }
            default:
                if byte < 0x20 {
                    throw failure("control character U+\(hex4(UInt32(byte))) inside a string (it must be escaped)")
                }
                offset += 1
            }
        }
        offset = start
        throw failure("unterminated string")
    }

    /// Checks the four hex digits after `\u`, and that a high surrogate is followed by a low one.
    private mutating func checkUnicodeEscape() throws(JSONSyntaxError) {
        let first = try readHex4()
        if (0xD800...0xDBFF).contains(first) {
            if offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") {
                offset += 2
                let second = try readHex4()
                guard (0xDC00...0xDFFF).contains(second) else {
                    throw failure("invalid \\u escape: high surrogate \\u\(hex4(first)) not followed by a low surrogate")
                }
                return
            }
            throw failure("invalid \\u escape: lone surrogate \\u\(hex4(first))")
        }
        if (0xDC00...0xDFFF).contains(first) {
            throw failure("invalid \\u escape: lone surrogate \\u\(hex4(first))")
        }
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard offset < bytes.count else { throw failure("unexpected end of file in a \\u escape") }
            guard let digit = JSONDocument.hexDigit(bytes[offset]) else {
                throw failure("invalid \\u escape: expected four hex digits")
            }
            value = value * 16 + digit
            offset += 1
        }
        return value
    }

    // MARK: - Numbers and literals

    private mutating func parseNumber() throws(JSONSyntaxError) {
        let start = offset
        if peek() == UInt8(ascii: "-") { offset += 1 }
        guard let first = peek(), isDigit(first) else { throw failure("invalid number: expected a digit") }
        if first == UInt8(ascii: "0") {
            offset += 1
            if let next = peek(), isDigit(next) { throw failure("invalid number: leading zero") }
        } else {
            while let next = peek(), isDigit(next) { offset += 1 }
        }
        var isWhole = true
        if peek() == UInt8(ascii: ".") {
            isWhole = false
            offset += 1
            guard let next = peek(), isDigit(next) else { throw failure("invalid number: expected a digit after '.'") }
            while let next = peek(), isDigit(next) { offset += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isWhole = false
            offset += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
            guard let next = peek(), isDigit(next) else { throw failure("invalid number: expected a digit in the exponent") }
            while let next = peek(), isDigit(next) { offset += 1 }
        }
        // Without a fraction or exponent, fewer than 300 digits cannot overflow a Double.
        if isWhole && offset - start < 300 { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            offset = start
            throw failure("number \(text) is out of range")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for byte in expected {
            guard offset < bytes.count, bytes[offset] == byte else {
                throw failure("unexpected \(describeCurrent()): expected '\(literal)'")
            }
            offset += 1
        }
    }

    // MARK: - Helpers

    private func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    private func describeCurrent() -> String {
        guard offset < bytes.count else { return "end of file" }
        return "'\(describeByte(bytes[offset]))'"
    }

    private func describeByte(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return String(UnicodeScalar(byte)) }
        if byte >= 0x80 {
            // Show the whole character rather than its first byte.
            var end = offset + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        }
        return "U+" + hex4(UInt32(byte))
    }

    private func failure(_ message: String) -> JSONSyntaxError {
        Self.error(at: offset, in: bytes, message)
    }

    /// Line and column are computed only when something fails, so parsing does not pay for them.
    static func error(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, _ message: String) -> JSONSyntaxError {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return JSONSyntaxError(line: line, column: column, message: message)
    }
}

private func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
