import GuideTestSupport
import Testing
import TerminalCanvas

@Suite("TextLayout.truncate and pad")
struct TruncatePadTests {
    struct TruncateCase: Sendable, CustomTestStringConvertible {
        let text: String
        let width: Int
        let ellipsis: String
        let expected: String
        init(_ text: String, _ width: Int, _ expected: String, ellipsis: String = "…") {
            self.text = text
            self.width = width
            self.ellipsis = ellipsis
            self.expected = expected
        }
        var testDescription: String { "\(text.debugDescription) to \(width) -> \(expected.debugDescription)" }
    }

    @Test(
        "truncate cuts by display width at grapheme boundaries",
        arguments: [
            TruncateCase("Hello", 10, "Hello"),
            TruncateCase("Hello", 5, "Hello"),
            TruncateCase("Hello", 4, "Hel…"),
            TruncateCase("Hello", 1, "…"),
            TruncateCase("Hello", 0, ""),
            TruncateCase("Hello", -3, ""),
            TruncateCase("", 3, ""),
            TruncateCase("Azərsilah", 5, "Azər…"),
            TruncateCase("Калашников", 6, "Калаш…"),
            TruncateCase("漢字", 4, "漢字"),
            // A wide character straddles the boundary: a space fills the gap after the ellipsis.
            TruncateCase("漢字漢字", 6, "漢字… "),
            TruncateCase("漢字漢字", 5, "漢字…"),
            TruncateCase("漢字漢字", 4, "漢… "),
            TruncateCase("漢字漢字", 3, "漢…"),
            TruncateCase("漢字漢字", 2, "… "),
            TruncateCase("漢字漢字", 1, "…"),
            // Only wide characters into odd widths.
            TruncateCase("漢漢漢漢漢", 7, "漢漢漢…"),
            TruncateCase("漢漢漢漢漢", 9, "漢漢漢漢…"),
            TruncateCase("漢漢漢漢漢", 8, "漢漢漢… "),
            TruncateCase("ab漢cd", 4, "ab… "),
            TruncateCase("ab漢cd", 5, "ab漢…"),
            // Never split a combining sequence or an emoji with its modifier.
            TruncateCase("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
            TruncateCase("👍🏽👍🏽", 5, "👍🏽…"),
            TruncateCase("👍🏽👍🏽", 4, "…   "),
            TruncateCase("😀😀", 3, "😀…"),
            // Other ellipses, including none and one wider than the room.
            TruncateCase("abcdef", 5, "ab...", ellipsis: "..."),
            TruncateCase("abcdef", 2, "..", ellipsis: "..."),
            TruncateCase("abcdef", 3, "abc", ellipsis: ""),
            TruncateCase("漢漢漢", 5, "漢漢 ", ellipsis: ""),
        ]
    )
    func truncate(_ testCase: TruncateCase) {
        let result = TextLayout.truncate(testCase.text, toWidth: testCase.width, ellipsis: testCase.ellipsis)
        #expect(result == testCase.expected)
        #expect(DisplayWidth.of(result) <= max(testCase.width, 0))
    }

    @Test("truncate of fitting text returns it unchanged, including wide and combining text",
          arguments: ["", "A", "Azərsilah", "漢字", "👍🏽", "e\u{301}", "👨\u{200D}👩\u{200D}👧"])
    func fittingTextUnchanged(text: String) {
        #expect(TextLayout.truncate(text, toWidth: DisplayWidth.of(text)) == text)
        #expect(TextLayout.truncate(text, toWidth: DisplayWidth.of(text) + 3) == text)
    }

    @Test(
        "pad makes exactly the width, truncating if needed",
        arguments: [
            ("ab", 5, TextLayout.Alignment.left, "ab   "),
            ("ab", 5, .right, "   ab"),
            ("ab", 5, .center, " ab  "),
            ("ab", 2, .right, "ab"),
            ("Калашников", 12, .right, "  Калашников"),
            ("漢字", 5, .left, "漢字 "),
            ("漢字", 5, .right, " 漢字"),
            ("漢字漢字", 5, .left, "漢字…"),
            ("漢字漢字", 6, .right, "漢字… "),
            ("Hello", 1, .left, "…"),
            ("Hello", 0, .left, ""),
            ("", 3, .center, "   "),
            ("👍🏽", 5, .right, " 👍🏽"),
        ] as [(String, Int, TextLayout.Alignment, String)]
    )
    func pad(text: String, width: Int, alignment: TextLayout.Alignment, expected: String) {
        let result = TextLayout.pad(text, toWidth: width, alignment: alignment)
        #expect(result == expected)
        #expect(DisplayWidth.of(result) == width)
    }

    @Test("truncate and pad hold their width contract on random mixed text")
    func randomWidthContract() {
        var rng = SeededGenerator(seed: 0x7E57_C0DE)
        let alphabet = mixedAlphabet.filter { !$0.contains("\n") }
        for _ in 0..<400 {
            let text = rng.string(from: alphabet, count: Int.random(in: 0...12, using: &rng))
            let width = Int.random(in: 0...14, using: &rng)
            let truncated = TextLayout.truncate(text, toWidth: width)
            let textWidth = DisplayWidth.of(text)
            if textWidth <= width {
                #expect(truncated == text)
            } else if width == 0 {
                #expect(truncated == "")
            } else {
                #expect(DisplayWidth.of(truncated) == width, "\(text.debugDescription) -> \(truncated.debugDescription)")
                // What comes before the ellipsis is a whole-Character prefix of the input.
                let kept = Array(truncated.prefix { $0 != "…" })
                #expect(Array(text.prefix(kept.count)) == kept)
                #expect(truncated.contains("…"))
            }
            for alignment in TextLayout.Alignment.allCases {
                #expect(DisplayWidth.of(TextLayout.pad(text, toWidth: width, alignment: alignment)) == width)
            }
        }
    }
}
