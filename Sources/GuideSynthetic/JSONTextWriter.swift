/// Writes JSON text as it goes, so a show with a million exhibitors never exists as a tree in
/// memory: only the current chunk (about 64 KiB) is held before it is handed to the output.
///
/// The pretty layout and the string escaping are exactly those of `GuideModel.JSONWriter` (two-space
/// indentation, one member or element per line, `{}` and `[]` when empty, controls and invisible
/// formatting characters as lower-case `\uXXXX`), so a generated file reads like every other file
/// of the project and re-serialising it with `JSONWriter` gives the same bytes (a test checks this).
struct JSONTextWriter {
    /// Text is handed on once the pending chunk reaches this many UTF-8 bytes.
    static let chunkSize = 1 << 16

    let pretty: Bool
    /// Every string written as plain ASCII (`ASCIIText.fold`).
    let asciiOnly: Bool
    private var buffer = ""
    /// One entry per open container: true until its first member or element is written.
    private var isFirst: [Bool] = []
    /// "\n" followed by the indentation of each depth, built once.
    private var newlines: [String] = []

    init(pretty: Bool, asciiOnly: Bool = false) {
        self.pretty = pretty
        self.asciiOnly = asciiOnly
        buffer.reserveCapacity(Self.chunkSize + Self.chunkSize / 4)
        newlines = (0..<24).map { "\n" + String(repeating: "  ", count: $0) }
    }

    // MARK: Containers

    /// Opens an object: the document itself, an array element (`key` nil) or a member's value.
    mutating func beginObject(_ key: String? = nil) {
        start(key)
        buffer.append("{")
        isFirst.append(true)
    }

    mutating func endObject() { close("}") }

    mutating func beginArray(_ key: String? = nil) {
        start(key)
        buffer.append("[")
        isFirst.append(true)
    }

    mutating func endArray() { close("]") }

    // MARK: Members

    mutating func field(_ key: String, _ text: String) {
        start(key)
        appendString(text)
    }

    mutating func field(_ key: String, _ number: Int) {
        start(key)
        buffer.append(String(number))
    }

    /// A decimal number given in millionths (`40439842` micro-degrees -> `40.439842`), written
    /// from integers so no floating-point formatting can differ between toolchains.
    mutating func field(_ key: String, millionths value: Int) {
        start(key)
        if value < 0 { buffer.append("-") }
        let magnitude = value.magnitude
        buffer.append(String(magnitude / 1_000_000))
        var fraction = String(magnitude % 1_000_000)
        if fraction != "0" {
            fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            buffer.append(".")
            buffer.append(fraction)
        }
    }

    mutating func field(_ key: String, _ flag: Bool) {
        start(key)
        buffer.append(flag ? "true" : "false")
    }

    /// Leaves the member out when there is no value: "not published" is an absent field.
    mutating func optionalField(_ key: String, _ text: String?) {
        if let text { field(key, text) }
    }

    mutating func field(_ key: String, strings: [String]) {
        beginArray(key)
        for text in strings { element(text) }
        endArray()
    }

    /// Leaves the member out when the list is empty (for optional lists such as `altNames`).
    mutating func optionalField(_ key: String, strings: [String]) {
        if !strings.isEmpty { field(key, strings: strings) }
    }

    /// A string element of the innermost array.
    mutating func element(_ text: String) {
        start(nil)
        appendString(text)
    }

    /// Ends the document (pretty text ends with a newline, like `JSONWriter`).
    mutating func finish() {
        precondition(isFirst.isEmpty, "finish() with open containers")
        if pretty { buffer.append("\n") }
    }

    // MARK: Output

    /// Hands the pending text to `sink` once a chunk has built up (or always, when `force`).
    mutating func flush(force: Bool = false, to sink: (String) -> Void) {
        guard force ? !buffer.isEmpty : buffer.utf8.count >= Self.chunkSize else { return }
        sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    // MARK: Layout

    /// Writes the separator and indentation before a member (with its key) or an element.
    private mutating func start(_ key: String?) {
        if let last = isFirst.indices.last {
            if isFirst[last] { isFirst[last] = false } else { buffer.append(",") }
            if pretty { newline(isFirst.count) }
        }
        if let key {
            appendString(key)
            buffer.append(pretty ? ": " : ":")
        }
    }

    private mutating func close(_ bracket: String) {
        let wasEmpty = isFirst.removeLast()
        if !wasEmpty && pretty { newline(isFirst.count) }
        buffer.append(bracket)
    }

    private mutating func newline(_ depth: Int) {
        if depth < newlines.count {
            buffer.append(newlines[depth])
        } else {
            buffer.append("\n" + String(repeating: "  ", count: depth))
        }
    }

    // MARK: Strings

    /// Appends `text` as a JSON string. Runs that need no escape are copied whole.
    private mutating func appendString(_ text: String) {
        let text = asciiOnly ? ASCIIText.fold(text) : text
        buffer.append("\"")
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            buffer.append(text)
        } else {
            let scalars = text.unicodeScalars
            var runStart = scalars.startIndex
            var index = scalars.startIndex
            while index < scalars.endIndex {
                let scalar = scalars[index]
                let next = scalars.index(after: index)
                if let escape = Self.escape(scalar) {
                    buffer.unicodeScalars.append(contentsOf: scalars[runStart..<index])
                    buffer.append(escape)
                    runStart = next
                }
                index = next
            }
            buffer.unicodeScalars.append(contentsOf: scalars[runStart..<scalars.endIndex])
        }
        buffer.append("\"")
    }

    /// The escape `JSONWriter` uses for `scalar`, or nil when it is written as is.
    static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF, 0x061C:
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default:
            return nil
        }
    }
}
