@testable import GuideModel
import GuideTestSupport
import Testing

/// The parser checks a document once and the loader reads values straight from its bytes. These
/// pin what the earlier tree-building parser did on tricky input: every message, line and column
/// below was produced by it.
struct JSONParsingTests {
    static func problem(_ bytes: [UInt8]) -> String {
        do {
            _ = try CatalogLoader.load(bytes: bytes, fileName: "bad.json")
            return ""
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        ("escapes in a key before a missing colon", Array("{\"a\\u0062\"  1}".utf8), "bad.json:1:13: not valid JSON: unexpected '1': expected ':' after member name \"ab\""),
        ("key followed by spaces then a value", Array("{\"key\"   \"value\"}".utf8), "bad.json:1:10: not valid JSON: unexpected '\"': expected ':' after member name \"key\""),
        ("escaped quote in a key", Array("{\"a\\\"b\" 1}".utf8), "bad.json:1:9: not valid JSON: unexpected '1': expected ':' after member name \"a\"b\""),
        ("bad escape", Array("[\"a\\x\"]".utf8), "bad.json:1:5: not valid JSON: invalid escape '\\x' in a string"),
        ("short unicode escape", Array("[\"\\u12\"]".utf8), "bad.json:1:7: not valid JSON: invalid \\u escape: expected four hex digits"),
        ("high surrogate without low", Array("[\"\\ud83dx\"]".utf8), "bad.json:1:9: not valid JSON: invalid \\u escape: lone surrogate \\uD83D"),
        ("high surrogate with a non-low", Array("[\"\\ud83d\\u0041\"]".utf8), "bad.json:1:15: not valid JSON: invalid \\u escape: high surrogate \\uD83D not followed by a low surrogate"),
        ("lone low surrogate", Array("[\"\\udc00\"]".utf8), "bad.json:1:9: not valid JSON: invalid \\u escape: lone surrogate \\uDC00"),
        ("unterminated string with escapes", Array("[\"ab\\n".utf8), "bad.json:1:2: not valid JSON: unterminated string"),
        ("unterminated string after 8-byte runs", Array("[\"abcdefghijklmnopqrstuvwxyz".utf8), "bad.json:1:2: not valid JSON: unterminated string"),
        ("control character after a long run", Array("[\"abcdefghijklmnop\tq\"]".utf8), "bad.json:1:19: not valid JSON: control character U+0009 inside a string (it must be escaped)"),
        ("control character in a key", Array("{\"ke\ny\": 1}".utf8), "bad.json:1:5: not valid JSON: control character U+000A inside a string (it must be escaped)"),
        ("invalid UTF-8 after a syntax error", [0x7B, 0x5D, 0x20, 0x22, 0xC3, 0x28, 0x22], "bad.json:1:5: invalid UTF-8 (byte 0xC3)"),
        ("invalid UTF-8 after long ASCII", Array("[\"abcdefghijklmnopqrstuvwxyz".utf8) + [0xE2, 0x82, 0x22, 0x5D], "bad.json:1:29: invalid UTF-8 (byte 0xE2)"),
        ("overlong encoding", [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D], "bad.json:1:3: invalid UTF-8 (byte 0xC0)"),
        ("encoded surrogate", [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D], "bad.json:1:3: invalid UTF-8 (byte 0xED)"),
        ("above U+10FFFF", [0x5B, 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22, 0x5D], "bad.json:1:3: invalid UTF-8 (byte 0xF4)"),
        ("non-ASCII outside a string", Array("[1, é]".utf8), "bad.json:1:5: not valid JSON: unexpected 'é': expected a value"),
        ("number out of range", Array("[1e400]".utf8), "bad.json:1:2: not valid JSON: number 1e400 is out of range"),
        ("negative number out of range", Array("[-1e400]".utf8), "bad.json:1:2: not valid JSON: number -1e400 is out of range"),
        ("leading zero", Array("[012]".utf8), "bad.json:1:3: not valid JSON: invalid number: leading zero"),
        ("missing fraction digits", Array("[1.]".utf8), "bad.json:1:4: not valid JSON: invalid number: expected a digit after '.'"),
        ("missing exponent digits", Array("[1e+]".utf8), "bad.json:1:5: not valid JSON: invalid number: expected a digit in the exponent"),
        ("minus alone", Array("[-]".utf8), "bad.json:1:3: not valid JSON: invalid number: expected a digit"),
        ("byte-order mark only", [0xEF, 0xBB, 0xBF], "bad.json:1:2: not valid JSON: empty document: expected a JSON value"),
        ("whitespace only", Array(" \n\t ".utf8), "bad.json:2:3: not valid JSON: empty document: expected a JSON value"),
        ("truncated literal", Array("[tru".utf8), "bad.json:1:5: not valid JSON: unexpected end of file: expected 'true'"),
        ("wrong literal", Array("[nul]".utf8), "bad.json:1:5: not valid JSON: unexpected ']': expected 'null'"),
        ("multi-line position", Array("{\n  \"a\": [\n    1,\n    2,,\n  ]\n}".utf8), "bad.json:4:7: not valid JSON: unexpected ',': expected a value"),
        ("column counts characters", Array("{\"éé\": x}".utf8), "bad.json:1:8: not valid JSON: unexpected 'x': expected a value"),
        ("whole number out of range", Array(("[1" + String(repeating: "0", count: 400) + "]").utf8),
         "bad.json:1:2: not valid JSON: number 1" + String(repeating: "0", count: 400) + " is out of range"),
        ("nesting too deep", Array((String(repeating: "[", count: 257) + String(repeating: "]", count: 257)).utf8),
         "bad.json:1:257: not valid JSON: nesting deeper than 256 levels"),
        ("nesting too deep in objects", Array((String(repeating: "{\"a\":", count: 257) + "1" + String(repeating: "}", count: 257)).utf8),
         "bad.json:1:1281: not valid JSON: nesting deeper than 256 levels"),
    ])
    func syntaxProblemsAreThoseOfTheTreeParser(_ name: String, _ bytes: [UInt8], _ expected: String) {
        #expect(Self.problem(bytes) == expected, "\(name)")
    }

    @Test func valuesReadFromTheBytesAreExact() throws {
        let text = #"{"s": "a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00", "plain": "abcdefghijklmnopqrstuvwxyzé", "#
            + #""n": [0, -0, 12, -7, 1.5, 2e3, 123456789012345678, 0.1], "t": true, "f": false, "z": null, "k": 1, "k": 2, "e": {}, "a": []}"#
        let value = try JSONParser.parse(Array(text.utf8))
        let expected: JSONValue = .object([
            JSONMember(key: "s", value: .string("a\"b\\c/d\u{8}\u{C}\n\r\té😀")),
            JSONMember(key: "plain", value: .string("abcdefghijklmnopqrstuvwxyzé")),
            JSONMember(key: "n", value: .array([.number(0), .number(-0.0), .number(12), .number(-7), .number(1.5), .number(2000),
                                                 .number(Double("123456789012345678")!), .number(0.1)])),
            JSONMember(key: "t", value: .bool(true)), JSONMember(key: "f", value: .bool(false)), JSONMember(key: "z", value: .null),
            JSONMember(key: "k", value: .number(1)), JSONMember(key: "k", value: .number(2)),
            JSONMember(key: "e", value: .object([])), JSONMember(key: "a", value: .array([])),
        ])
        #expect(value == expected)
        guard case .object(let members) = value, case .array(let numbers) = members[2].value, case .number(let zero) = numbers[1] else {
            Issue.record("unexpected shape")
            return
        }
        #expect(zero.sign == .minus)
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        var value = try JSONParser.parse(Array(text.utf8))
        for _ in 0..<depth {
            guard case .array(let elements) = value, elements.count == 1 else {
                Issue.record("expected a one-element array")
                return
            }
            value = elements[0]
        }
        #expect(value == .number(1))
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([.number(1)]))
    }

    @Test func writingAndReadingTheFixtureGivesTheSameTree() throws {
        let document = try Fixtures.fictionalDocument()
        #expect(try JSONParser.parse(Array(JSONWriter.write(document, pretty: false).utf8)) == document)
        #expect(try JSONParser.parse(Array(JSONWriter.write(document).utf8)) == document)
    }

    /// Member names are compared as bytes only where that is exact: escaped or composed names are
    /// compared as text, as before.
    @Test func membersNamedThroughEscapesAreTheSameMembers() {
        let escapedDuplicate = #"{"format": "adex-guide/1", "fo\u0072mat": "adex-guide/1"}"#
        #expect(Self.problem(Array(escapedDuplicate.utf8)).contains(#"bad.json:$.format: duplicate field "format" (a field may appear only once)"#))
        let composed = "{\"format\": \"adex-guide/1\", \"caf\u{E9}\": 1, \"cafe\u{301}\": 2}"
        #expect(Self.problem(Array(composed.utf8)).contains("bad.json:$.cafe\u{301}: duplicate field \"cafe\u{301}\""))
        let escapedName = #"{"\u0066ormat": "adex-guide/2"}"#
        #expect(Self.problem(Array(escapedName.utf8)).contains(#"bad.json:$.format: unsupported format "adex-guide/2""#))
    }

    /// An object of a handful of members and one of thousands (checked through a set, to stay
    /// linear) report the same duplicates, escaped and composed names included.
    @Test(arguments: [0, 20, 20_000])
    func duplicatesAreFoundInObjectsOfAnySize(fillers: Int) {
        let filler = (0..<fillers).map { ", \"x\($0)\": 1" }.joined()
        let text = "{\"format\": \"adex-guide/1\"\(filler), \"fo\\u0072mat\": \"adex-guide/1\", \"caf\u{E9}\": 1, \"cafe\u{301}\": 2, \"x3\": 2}"
        let problems = Self.problem(Array(text.utf8))
        #expect(problems.contains(#"bad.json:$.format: duplicate field "format" (a field may appear only once)"#))
        #expect(problems.contains("bad.json:$.cafe\u{301}: duplicate field \"cafe\u{301}\""))
        #expect(problems.contains(#"bad.json:$.x3: duplicate field "x3""#) == (fillers > 3))
        #expect(problems.components(separatedBy: "duplicate field").count - 1 == (fillers > 3 ? 3 : 2))
    }
}
