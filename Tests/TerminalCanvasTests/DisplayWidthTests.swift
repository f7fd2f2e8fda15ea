import GuideTestSupport
import Testing
import TerminalCanvas

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test(
        "width of strings matches ncursesw/tmux (glibc wcwidth, C.UTF-8)",
        arguments: [
            ("", 0),
            ("A", 1),
            ("Hello, world", 12),
            ("Azərsilah", 9),
            ("İstanbul şəhər ğ", 16),
            ("İ ş ğ ı ö ü ç", 13),
            ("Калашников", 10),
            ("ЖЖ", 2),
            ("漢字", 4),
            ("テスト", 6),
            ("漢a字", 5),
            ("😀", 2),
            ("👍🏽", 4),
            ("❤", 1),
            ("❤️", 1),
            ("e\u{301}", 1),
            ("caf\u{E9} cafe\u{301}", 9),
            ("👨\u{200D}👩\u{200D}👧", 6),
            ("─┌┐", 3),
            ("\u{0}\u{7}\u{1B}\u{7F}\u{85}\u{9B}", 0),
            ("a\tb\nc", 3),
            ("\u{200D}\u{FE0F}\u{301}", 0),
        ] as [(String, Int)]
    )
    func stringWidth(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
        // Substrings take the same path as strings and must agree.
        #expect(DisplayWidth.of(text[...]) == expected)
    }

    @Test(
        "width of single scalars",
        arguments: [
            (0x41, 1), (0x7E, 1), (0x20, 1), (0x259, 1), (0x130, 1), (0x131, 1), (0x416, 1),
            (0x2500, 1), (0x250C, 1), (0x2764, 1), (0x6F22, 2), (0x30C6, 2), (0x1F600, 2),
            (0x1F3FD, 2), (0x3000, 2), (0x301, 0), (0xFE0F, 0), (0x200D, 0), (0x0, 0), (0x1B, 0),
            (0x7F, 0), (0x80, 0), (0x9B, 0), (0x9F, 0), (0xA0, 1), (0xFFFD, 1), (0x2026, 1),
            (0x2400, 1), (0x241B, 1), (0x2421, 1), (0xE000, 1), (0x378, 1), (0x2028, 1),
            (0x10FFFF, 1), (0x20000, 2),
        ] as [(UInt32, Int)]
    )
    func scalarWidth(value: UInt32, expected: Int) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(DisplayWidth.of(scalar) == expected)
    }

    @Test(
        "width of characters is the sum over their scalars",
        arguments: [
            ("e\u{301}", 1), ("👍🏽", 4), ("❤️", 1), ("👨\u{200D}👩\u{200D}👧", 6), ("漢", 2), ("ə", 1),
            ("\r\n", 0),
        ] as [(String, Int)]
    )
    func characterWidth(text: String, expected: Int) throws {
        #expect(text.count == 1, "fixture must be one grapheme cluster")
        let character = try #require(text.first)
        #expect(DisplayWidth.of(character) == expected)
    }

    @Test("string, character and scalar widths agree on random mixed text")
    func widthsAgree() {
        var rng = SeededGenerator(seed: 0xAD3C_2024)
        for _ in 0..<500 {
            let text = rng.string(from: mixedAlphabet, count: Int.random(in: 0...30, using: &rng))
            let byScalars = text.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
            let byCharacters = text.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(text) == byScalars)
            #expect(byCharacters == byScalars)
        }
    }

    @Test("tables record the glibc version they came from")
    func tablesVersion() {
        let parts = DisplayWidth.tablesGlibcVersion.split(separator: ".")
        #expect(parts.count >= 2)
        #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) })
    }
}
