import GuideTestSupport
import Testing
import TerminalCanvas

@Suite("TextSanitizer")
struct TextSanitizerTests {
    static let bidiControls: Set<UInt32> = [
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]

    /// Checks what must hold for any sanitised output, whatever went in.
    static func expectSafe(_ output: String, mode: TextSanitizer.Mode, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in output.unicodeScalars {
            let value = scalar.value
            if mode == .block && value == 0x0A { continue }
            #expect(value >= 0x20, "control U+\(String(value, radix: 16)) in \(output.debugDescription)", sourceLocation: sourceLocation)
            #expect(!(0x7F...0x9F).contains(value), "DEL/C1 in \(output.debugDescription)", sourceLocation: sourceLocation)
            #expect(!bidiControls.contains(value), "bidi control in \(output.debugDescription)", sourceLocation: sourceLocation)
            #expect(value != 0x2028 && value != 0x2029, sourceLocation: sourceLocation)
            if scalar.properties.generalCategory == .format {
                #expect(value == 0x200C, "format U+\(String(value, radix: 16))", sourceLocation: sourceLocation)
            }
            #expect(value != 0xFE0E && value != 0xFE0F, "presentation selector in \(output.debugDescription)", sourceLocation: sourceLocation)
            #expect(value == 0x0A || DisplayWidth.hasDefinedWidth(scalar), "U+\(String(value, radix: 16)) has no glibc width", sourceLocation: sourceLocation)
        }
        #expect(output.unicodeScalars.first.map { $0 != " " && $0 != "\n" } ?? true, sourceLocation: sourceLocation)
        #expect(output.unicodeScalars.last.map { $0 != " " && $0 != "\n" } ?? true, sourceLocation: sourceLocation)
        #expect(!TextSanitizer.needsSanitizing(output, mode: mode), "output is not stable", sourceLocation: sourceLocation)
    }

    @Test(
        "single-line fields",
        arguments: [
            ("\u{1B}[31mRed\u{1B}[0m", "␛[31mRed␛[0m"),
            ("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "␛]8;;http://x␛\\link␛]8;;␛\\"),
            ("\u{9B}31mRed", "\u{FFFD}31mRed"),
            ("\u{85}next", "\u{FFFD}next"),
            ("ding\u{7}", "ding␇"),
            ("a\u{0}b", "a␀b"),
            ("a\u{7F}b", "a␡b"),
            ("v\u{B}f\u{C}", "v␋f␌"),
            ("abc\u{202E}fed\u{202C}", "abc\u{FFFD}fed\u{FFFD}"),
            ("\u{2066}x\u{2069}\u{200E}\u{200F}\u{61C}", "\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
            ("AC\u{200B}ME\u{FEFF}", "AC\u{FFFD}ME\u{FFFD}"),
            ("hidden\u{E0041}\u{E0042}", "hidden\u{FFFD}\u{FFFD}"),
            ("Rhein\u{AD}metall", "Rhein-metall"),
            ("line1\r\nline2", "line1 line2"),
            ("a\tb", "a b"),
            ("a\nb\rc", "a b c"),
            ("a\u{2028}b\u{2029}c", "a b c"),
            ("  a \n\n b  ", "a b"),
            ("\t\r\n", ""),
            ("   padded   ", "padded"),
            (" leading", "leading"),
            ("trailing ", "trailing"),
            ("\u{1B}\u{1B}", "␛␛"),
        ] as [(String, String)]
    )
    func sanitizeLine(input: String, expected: String) {
        #expect(TextSanitizer.needsSanitizing(input, mode: .line))
        let output = TextSanitizer.sanitizeLine(input)
        #expect(output == expected)
        Self.expectSafe(output, mode: .line)
        #expect(!output.unicodeScalars.contains("\n"))
    }

    @Test(
        "multi-line blocks",
        arguments: [
            ("a\r\nb\rc\nd", "a\nb\nc\nd"),
            ("a\tb", "a b"),
            ("\n\npara one\n\npara two\n", "para one\n\npara two"),
            ("x\u{2028}y\u{2029}z", "x\ny\nz"),
            ("\u{1B}[2J\nok", "␛[2J\nok"),
            ("a\r\n\r\nb", "a\n\nb"),
            ("a\r\rb", "a\n\nb"),
            ("  indented\n  lines  ", "indented\n  lines"),
            ("\nleading", "leading"),
            ("trailing\n", "trailing"),
            ("bell\u{7}\u{9B}\u{202E}", "bell␇\u{FFFD}\u{FFFD}"),
        ] as [(String, String)]
    )
    func sanitizeBlock(input: String, expected: String) {
        #expect(TextSanitizer.needsSanitizing(input, mode: .block))
        let output = TextSanitizer.sanitizeBlock(input)
        #expect(output == expected)
        Self.expectSafe(output, mode: .block)
    }

    @Test(
        "clean text is returned unchanged",
        arguments: [
            "", "ADEX-2024", "Azərsilah", "İstanbul şəhəri", "Калашников", "漢字テスト", "👍 ❤ 😀 🏽",
            "🇦🇿", "e\u{301}", "می\u{200C}خواهم", "a  b", "Baku Expo Center, 24-26 September 2024", "葛\u{E0100}",
        ]
    )
    func cleanUnchanged(text: String) {
        #expect(!TextSanitizer.needsSanitizing(text, mode: .line))
        #expect(TextSanitizer.sanitizeLine(text) == text)
        #expect(TextSanitizer.sanitizeBlock(text) == text)
        let block = text + "\n" + text + "\n\n" + text
        if !text.isEmpty {
            #expect(!TextSanitizer.needsSanitizing(block, mode: .block))
            #expect(TextSanitizer.needsSanitizing(block, mode: .line))
            #expect(TextSanitizer.sanitizeBlock(block) == block)
        }
    }

    @Test("the fast path hands back the same storage, not a copy")
    func fastPathSharesStorage() {
        var original = String(repeating: "Azərbaycan Respublikası Müdafiə Sənayesi Nazirliyi. ", count: 20)
        original.removeLast()
        var sanitized = TextSanitizer.sanitizeLine(original)
        let originalBase = original.withUTF8 { $0.baseAddress }
        let sanitizedBase = sanitized.withUTF8 { $0.baseAddress }
        #expect(originalBase != nil)
        #expect(originalBase == sanitizedBase)
        // A string that needs work gets new storage.
        var dirty = original + "\u{1B}"
        var cleaned = TextSanitizer.sanitizeLine(dirty)
        #expect(dirty.withUTF8 { $0.baseAddress } != cleaned.withUTF8 { $0.baseAddress })
    }

    @Test("every replacement is exactly one column wide")
    func replacementsAreOneColumn() throws {
        var values: [UInt32] = Array(0x00...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) }
        values += Array(0x7F...0x9F)
        values += [0xAD] + Array(Self.bidiControls) + [0x200B, 0x2060, 0xFEFF, 0xE0001, 0xE0020, 0xE007F]
        for value in values {
            let scalar = try #require(Unicode.Scalar(value))
            let output = TextSanitizer.sanitizeLine("x" + String(scalar) + "y")
            #expect(output.unicodeScalars.count == 3, "U+\(String(value, radix: 16)) -> \(output.debugDescription)")
            #expect(DisplayWidth.of(output) == 3, "U+\(String(value, radix: 16)) -> \(output.debugDescription)")
            #expect(!output.unicodeScalars.contains(scalar))
        }
    }

    @Test("every format character the standard library knows is handled, and every scalar glibc gives no width")
    func allFormatCharactersHandled() {
        var formatCount = 0
        var undefinedCount = 0
        for value in UInt32(0xA0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let isFormat = scalar.properties.generalCategory == .format
            let text = String(scalar)
            if value == 0x2028 || value == 0x2029 { continue }  // line breaks, see the tests above
            if isFormat {
                formatCount += 1
                #expect(TextSanitizer.needsSanitizing(text) == (value != 0x200C), "U+\(String(value, radix: 16))")
            } else if !DisplayWidth.hasDefinedWidth(scalar) {
                undefinedCount += 1
                #expect(TextSanitizer.sanitizeLine(text) == "\u{FFFD}", "U+\(String(value, radix: 16))")
            } else if value == 0xFE0E || value == 0xFE0F {
                #expect(TextSanitizer.sanitizeLine("x" + text) == "x")
            } else {
                // Nothing else at or above U+00A0 is touched on its own.
                #expect(!TextSanitizer.needsSanitizing(text), "U+\(String(value, radix: 16))")
            }
        }
        #expect(formatCount > 150)
        #expect(undefinedCount > 800_000)
    }

    /// Emoji sequences reach the terminal as their separate parts; a joiner anywhere else is a
    /// visible replacement, like the other invisible format characters.
    @Test(
        "emoji sequences are taken apart, other joiners replaced",
        arguments: [
            ("Z\u{200D}W", "Z\u{FFFD}W"),
            ("P\u{200D}Products shown", "P\u{FFFD}Products shown"),
            ("\u{200D}lead", "\u{FFFD}lead"),
            ("trail\u{200D}", "trail\u{FFFD}"),
            ("a\u{200D}\u{200D}b", "a\u{FFFD}\u{FFFD}b"),
            ("क्\u{200D}ष", "क्\u{FFFD}ष"),
            ("Z\u{200D}👩", "Z\u{FFFD}👩"),
            ("👨\u{200D}Z", "👨\u{FFFD}Z"),
            ("👨\u{200D}", "👨\u{FFFD}"),
            ("👨\u{200D}👩\u{200D}👧", "👨👩👧"),
            ("❤\u{FE0F}\u{200D}🔥", "❤🔥"),
            ("👨🏽\u{200D}👩🏻", "👨👩"),
            ("👍🏽 ok", "👍 ok"),
            ("👍🏽🏽", "👍"),
            ("Heart ❤\u{FE0F} Co", "Heart ❤ Co"),
            ("x\u{FE0E}y", "xy"),
            ("1\u{FE0F}\u{20E3}", "1\u{20E3}"),
            ("a 🏽", "a 🏽"),
            ("🏳\u{FE0F}\u{200D}🌈", "🏳🌈"),
            ("\u{378}x\u{1FAE9}\u{FFFF}", "\u{FFFD}x\u{FFFD}\u{FFFD}"),
        ] as [(String, String)]
    )
    func emojiSequences(input: String, expected: String) {
        #expect(TextSanitizer.needsSanitizing(input) == (input != expected))
        for mode in TextSanitizer.Mode.allCases {
            let output = TextSanitizer.sanitize(input, mode: mode)
            #expect(output == expected, "\(mode)")
            Self.expectSafe(output, mode: mode)
        }
        #expect(TextSanitizer.sanitizeForCells(input) == expected)
        #expect(!TextSanitizer.needsSanitizing(TextSanitizer.sanitizeForCells(input)))
    }

    @Test("random hostile text always comes out safe and stable", arguments: TextSanitizer.Mode.allCases)
    func randomHostileText(mode: TextSanitizer.Mode) {
        var hostile: [String] = (0x00...0x1F).map { String(Unicode.Scalar(UInt8($0))) }
        hostile += ["\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{202E}", "\u{2066}", "\u{200F}",
                    "\u{2028}", "\u{2029}", "\u{200B}", "\u{FEFF}", "\u{AD}", "\u{E0041}", "\r\n",
                    "\u{200D}", "\u{FE0F}", "\u{FE0E}", "🏽", "👨", "❤", "\u{378}", "\u{FFFF}", "\u{1FAE9}",
                    "\u{1B}[31m", "\u{1B}]8;;http://x\u{1B}\\"]
        let alphabet = hostile + mixedAlphabet
        var rng = SeededGenerator(seed: mode == .line ? 1 : 2)
        for _ in 0..<500 {
            let input = rng.string(from: alphabet, count: Int.random(in: 0...25, using: &rng))
            let output = TextSanitizer.sanitize(input, mode: mode)
            Self.expectSafe(output, mode: mode)
            #expect(TextSanitizer.sanitize(output, mode: mode) == output, "not idempotent")
            if mode == .line {
                #expect(!output.unicodeScalars.contains("\n"))
            }
            // Visible text survives: letters of the input are all still there, in order.
            let letters: (String) -> [Unicode.Scalar] = { $0.unicodeScalars.filter { $0.properties.isAlphabetic } }
            #expect(letters(output) == letters(input))
        }
    }
}
