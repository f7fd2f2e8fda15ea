import Foundation
import GuideModel
import GuideTestSupport
import Testing

/// Problems found before the document can be read at all: bytes, syntax, size, the file itself.
struct FileLoadingTests {
    static func problems(_ bytes: [UInt8]) -> (message: String, exitCode: Int32) {
        do {
            _ = try CatalogLoader.load(bytes: bytes, fileName: "bad.json")
            return ("", 0)
        } catch {
            return (error.description, error.exitCode)
        }
    }

    @Test(arguments: [
        ("not JSON at all", "hello", "bad.json:1:1: not valid JSON: unexpected 'h': expected a value"),
        ("truncated", "{\n  \"format\": \"adex-guide/1\",\n  \"event\": {", "bad.json:3:13: not valid JSON: unexpected end of file: expected a quoted member name"),
        ("trailing comma", "{\"a\": [1, 2,]}", "bad.json:1:13: not valid JSON: unexpected ']': expected a value"),
        ("unquoted key", "{format: 1}", "bad.json:1:2: not valid JSON: unexpected 'f': expected a quoted member name"),
        ("garbage after value", "{} x", "bad.json:1:4: not valid JSON: unexpected 'x' after the end of the JSON value"),
        ("raw control character", "{\"a\": \"x\u{1}y\"}", "bad.json:1:9: not valid JSON: control character U+0001 inside a string (it must be escaped)"),
        ("lone surrogate", "[\"\\ud800\"]", "bad.json:1:9: not valid JSON: invalid \\u escape: lone surrogate \\uD800"),
        ("empty file", "", "bad.json:1:1: file is empty: expected a JSON document"),
        ("not an object", "[1, 2]", "bad.json:$: expected an object, found an array"),
    ])
    func syntaxProblemsHaveLineAndColumn(_ name: String, _ text: String, _ expected: String) {
        let result = Self.problems(Array(text.utf8))
        #expect(result.message == expected, "\(name)")
        #expect(result.exitCode == 65)
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        let bytes = Array("{\n  \"name\": \"caf".utf8) + [0xE9] + Array("\"\n}".utf8)
        let result = Self.problems(bytes)
        #expect(result.message == "bad.json:2:15: invalid UTF-8 (byte 0xE9)")
        #expect(result.exitCode == 65)
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let result = Self.problems(Array(text.utf8))
        #expect(result.message.hasPrefix("bad.json:1:257: not valid JSON: nesting deeper than 256 levels"))
    }

    @Test func missingFileIsNoInput() {
        do {
            _ = try CatalogLoader.load(contentsOf: "/nonexistent/show.json")
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.description == "/nonexistent/show.json: cannot open: No such file or directory")
            #expect(error.exitCode == 66)
        }
    }

    @Test func directoryIsNoInput() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            _ = try CatalogLoader.load(contentsOf: directory.path, displayName: "dir")
            Issue.record("loaded a directory")
        } catch {
            #expect(error.description == "dir: is a directory, not a data file")
            #expect(error.exitCode == 66)
        }
    }

    @Test func tooLargeIsRefusedBeforeReading() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("huge.json").path
        // A sparse file: 1100 MiB long without using the disk space.
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1100 * 1024 * 1024)
        try handle.close()
        do {
            _ = try CatalogLoader.load(contentsOf: path, displayName: "huge.json")
            Issue.record("loaded a huge file")
        } catch {
            #expect(error.description == "huge.json: file is too large (1100 MiB; the limit is 1024 MiB)")
            #expect(error.exitCode == 65)
        }
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.fixture("fictional-expo.json")))
        let catalog = try CatalogLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array(data), fileName: "bom.json")
        #expect(catalog.event.id == "fictional-expo-2030")
    }
}
