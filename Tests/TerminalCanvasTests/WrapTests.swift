import GuideTestSupport
import Testing
import TerminalCanvas

@Suite("TextLayout.wrap")
struct WrapTests {
    @Test(
        "wraps greedily by display width",
        arguments: [
            ("The quick brown fox jumps over the lazy dog", 10,
             ["The quick", "brown fox", "jumps over", "the lazy", "dog"]),
            ("The quick brown fox", 80, ["The quick brown fox"]),
            // A word longer than the width is hard-broken on a line of its own.
            ("a supercalifragilistic word", 8, ["a", "supercal", "ifragili", "stic", "word"]),
            // CJK without spaces wraps between characters; an odd width leaves a column free.
            ("漢字漢字漢字漢", 5, ["漢字", "漢字", "漢字", "漢"]),
            ("東京 is 漢字", 6, ["東京", "is", "漢字"]),
            ("Azərbaycan Respublikası Müdafiə Sənayesi", 12,
             ["Azərbaycan", "Respublikası", "Müdafiə", "Sənayesi"]),
            ("Калашников Концерн", 11, ["Калашников", "Концерн"]),
            // Explicit newlines are paragraph breaks; blank lines are kept.
            ("one\n\ntwo three", 20, ["one", "", "two three"]),
            ("a\r\nb", 5, ["a", "b"]),
            ("end\n", 5, ["end", ""]),
            // Runs of spaces collapse and are dropped at line ends.
            ("  a   b  ", 10, ["a b"]),
            ("   ", 10, [""]),
            // Width 1: wide characters cannot fit and become an ellipsis.
            ("ab 漢", 1, ["a", "b", "…"]),
            ("👍🏽 ok", 4, ["👍🏽", "ok"]),
            ("👍🏽", 3, ["…"]),
            ("e\u{301}e\u{301}e\u{301}", 2, ["e\u{301}e\u{301}", "e\u{301}"]),
            ("", 10, []),
            ("text", 0, []),
        ] as [(String, Int, [String])]
    )
    func wrap(text: String, width: Int, expected: [String]) {
        let lines = TextLayout.wrap(text, width: width)
        #expect(lines == expected)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    }

    @Test("long description wraps into full lines and keeps every word", arguments: [20, 33, 41, 79])
    func longText(width: Int) {
        let words = (1...60).map { "word\($0)" }
        let lines = TextLayout.wrap(words.joined(separator: " "), width: width)
        #expect(lines.flatMap { $0.split(separator: " ").map(String.init) } == words)
        for (line, next) in zip(lines, lines.dropFirst()) {
            #expect(DisplayWidth.of(line) <= width)
            // Greedy: the next line's first word would not have fitted.
            let firstWord = next.split(separator: " ")[0]
            #expect(DisplayWidth.of(line) + 1 + DisplayWidth.of(firstWord) > width)
        }
    }

    @Test("random mixed text: no line too wide, no text lost", arguments: 1...16)
    func randomText(width: Int) {
        var rng = SeededGenerator(seed: 0x3A9C_0000 + UInt64(width))
        for _ in 0..<150 {
            let text = rng.string(from: mixedAlphabet, count: Int.random(in: 0...40, using: &rng))
            let lines = TextLayout.wrap(text, width: width)
            for line in lines {
                #expect(DisplayWidth.of(line) <= width, "\(text.debugDescription) at \(width): \(line.debugDescription)")
                #expect(!line.hasPrefix(" ") && !line.hasSuffix(" "))
                let hasNewline = line.contains { $0.isNewline }
                #expect(!hasNewline)
            }
            // Every visible character survives, in order; only those too wide for any line
            // become "…".
            let isBreak: (Character) -> Bool = { $0 == " " || $0.isNewline }
            let expected = Array(text).filter { !isBreak($0) }.map { DisplayWidth.of($0) > width ? "…" : $0 }
            let actual = lines.flatMap { $0.filter { !isBreak($0) } }
            #expect(actual == expected, "\(text.debugDescription) at \(width)")
            // One paragraph per newline at least.
            if !text.isEmpty {
                #expect(lines.count >= text.filter(\.isNewline).count + 1)
            }
        }
    }
}
