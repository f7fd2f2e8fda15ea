/// A JSON document whose syntax `JSONParser` has checked: its bytes, plus where each array and
/// object ends. Values are read straight from the bytes when the loader asks for them, so a large
/// show file costs one small entry per array or object instead of a tree of every value.
///
/// The document is a view: it reads bytes and a container list it does not own, so copying it
/// costs no reference counting. `JSONParser.withDocument` keeps both alive while it is used.
struct JSONDocument {
    /// An array or object, in the order of their opening brackets.
    struct Container {
        /// Just past the closing bracket.
        var end: UInt32
        /// How many arrays and objects are inside it, at any depth, so stepping over it knows the
        /// ordinal of the next one.
        var nested: UInt32
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private let containers: UnsafeBufferPointer<Container>
    let root: JSONNode

    init(bytes: UnsafeBufferPointer<UInt8>, containers: UnsafeBufferPointer<Container>, rootOffset: Int) {
        self.bytes = bytes
        self.containers = containers
        root = Self.node(in: bytes, containers: containers, at: rootOffset, ordinal: 0)
    }

    // MARK: - Stepping through containers

    /// The values of an array, or the keys and values of an object in turn (key, value, key, ...).
    struct Children: Sequence, IteratorProtocol {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let containers: UnsafeBufferPointer<Container>
        fileprivate var offset: Int
        fileprivate var nextOrdinal: Int

        mutating func next() -> JSONNode? {
            // The syntax is known to be right, so separators need no checking, only skipping.
            while true {
                switch bytes[offset] {
                case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: ":"): offset += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"): return nil
                default:
                    let node = JSONDocument.node(in: bytes, containers: containers, at: offset, ordinal: nextOrdinal)
                    offset = node.end
                    if node.kind == .array || node.kind == .object {
                        nextOrdinal = node.ordinal + 1 + Int(containers[node.ordinal].nested)
                    }
                    return node
                }
            }
        }
    }

    func children(of container: JSONNode) -> Children {
        Children(bytes: bytes, containers: containers, offset: container.offset + 1, nextOrdinal: container.ordinal + 1)
    }

    /// The value starting at `offset`; `ordinal` is the number of the next container in the document.
    private static func node(in bytes: UnsafeBufferPointer<UInt8>, containers: UnsafeBufferPointer<Container>, at offset: Int, ordinal: Int) -> JSONNode {
        switch bytes[offset] {
        case UInt8(ascii: "{"):
            return JSONNode(kind: .object, offset: offset, end: Int(containers[ordinal].end), ordinal: ordinal, isEscaped: false)
        case UInt8(ascii: "["):
            return JSONNode(kind: .array, offset: offset, end: Int(containers[ordinal].end), ordinal: ordinal, isEscaped: false)
        case UInt8(ascii: "\""):
            var index = offset + 1
            var isEscaped = false
            while true {
                // Skip ordinary text eight bytes at a time, to the first quote or backslash.
                while index + 8 <= bytes.count {
                    let word = ByteWord.load(bytes, at: index)
                    let marks = ByteWord.marks(word, equalTo: UInt8(ascii: "\"")) | ByteWord.marks(word, equalTo: UInt8(ascii: "\\"))
                    if marks != 0 {
                        index += ByteWord.firstMarked(marks)
                        break
                    }
                    index += 8
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\") {
                    isEscaped = true
                    index += 2
                } else {
                    index += 1
                }
            }
            return JSONNode(kind: .string, offset: offset, end: index + 1, ordinal: ordinal, isEscaped: isEscaped)
        case UInt8(ascii: "t"):
            return JSONNode(kind: .bool, offset: offset, end: offset + 4, ordinal: ordinal, isEscaped: false)
        case UInt8(ascii: "f"):
            return JSONNode(kind: .bool, offset: offset, end: offset + 5, ordinal: ordinal, isEscaped: false)
        case UInt8(ascii: "n"):
            return JSONNode(kind: .null, offset: offset, end: offset + 4, ordinal: ordinal, isEscaped: false)
        default:
            var index = offset + 1
            while index < bytes.count, isNumberByte(bytes[index]) { index += 1 }
            return JSONNode(kind: .number, offset: offset, end: index, ordinal: ordinal, isEscaped: false)
        }
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
             UInt8(ascii: "+"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    // MARK: - Reading values

    /// The bytes between a string's quotes, escapes still written out.
    func rawContent(of string: JSONNode) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[(string.offset + 1)..<(string.end - 1)])
    }

    func string(_ node: JSONNode) -> String {
        let content = rawContent(of: node)
        return node.isEscaped ? Self.decodeString(content) : String(decoding: content, as: UTF8.self)
    }

    func bool(_ node: JSONNode) -> Bool { bytes[node.offset] == UInt8(ascii: "t") }

    func number(_ node: JSONNode) -> Double {
        let text = UnsafeBufferPointer(rebasing: bytes[node.offset..<node.end])
        // Whole numbers of up to 15 digits (every number in a show file, in practice) are exact
        // as Doubles, so they skip the general conversion.
        let isNegative = text[0] == UInt8(ascii: "-")
        let digits = isNegative ? UnsafeBufferPointer(rebasing: text[1...]) : text
        if digits.count <= 15 {
            var whole = 0
            var isWhole = true
            for byte in digits {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else {
                    isWhole = false
                    break
                }
                whole = whole * 10 + Int(byte - UInt8(ascii: "0"))
            }
            if isWhole { return isNegative ? -Double(whole) : Double(whole) }
        }
        return Double(String(decoding: text, as: UTF8.self))!
    }

    /// The text of a string whose content has backslash escapes; the parser has checked them.
    static func decodeString(_ content: UnsafeBufferPointer<UInt8>) -> String {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(content.count)
        var index = 0
        while index < content.count {
            let byte = content[index]
            index += 1
            guard byte == UInt8(ascii: "\\"), index < content.count else {
                scratch.append(byte)
                continue
            }
            let escape = content[index]
            index += 1
            switch escape {
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var value = hex4(content, at: index)
                index += 4
                if (0xD800...0xDBFF).contains(value), index + 6 <= content.count, content[index] == UInt8(ascii: "\\") {
                    let low = hex4(content, at: index + 2)
                    index += 6
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                }
                UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { scratch.append($0) }
            default: scratch.append(escape)
            }
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    private static func hex4(_ content: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in index..<min(index + 4, content.count) {
            value = value * 16 + (hexDigit(content[offset]) ?? 0)
        }
        return value
    }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The value as a `JSONValue` tree, for callers that want the whole document.
    func value(_ node: JSONNode) -> JSONValue {
        switch node.kind {
        case .null: return .null
        case .bool: return .bool(bool(node))
        case .number: return .number(number(node))
        case .string: return .string(string(node))
        case .array: return .array(children(of: node).map(value))
        case .object:
            var members: [JSONMember] = []
            var children = children(of: node)
            while let key = children.next(), let member = children.next() {
                members.append(JSONMember(key: string(key), value: value(member)))
            }
            return .object(members)
        }
    }
}
