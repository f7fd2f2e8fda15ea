import GuidePlan
import Testing

@Suite struct ICalendarTextTests {
    /// Lines of text with characters of every UTF-8 length, at every alignment against the fold.
    static let samples: [String] = {
        let pieces = ["a", "ə", "Ж", "日", "🍽️", "👩‍👩‍👧", "\\;", "e\u{301}"]
        var samples: [String] = []
        for piece in pieces {
            for prefix in 0..<5 {
                for count in [1, 20, 37, 38, 80] {
                    samples.append("SUMMARY:" + String(repeating: "x", count: prefix) + String(repeating: piece, count: count))
                }
            }
        }
        samples.append("DESCRIPTION:" + String(repeating: "Panel «Беспилотники» 🛰️, ", count: 12))
        return samples
    }()

    @Test func foldedLinesFitAndNeverSplitACharacter() {
        for line in Self.samples {
            let folded = ICalendarText.fold(line)
            let physical = folded.utf8.split(separator: 13, omittingEmptySubsequences: false)
            for (index, part) in physical.enumerated() {
                let bytes = index == 0 ? Array(part) : Array(part.dropFirst())  // the LF of CRLF
                #expect(bytes.count <= 75, "\(bytes.count) octets")
                if index > 0 { #expect(bytes.first == 0x20, "a continuation line starts with one space") }
                #expect(String(validating: bytes, as: UTF8.self) != nil, "a line is valid UTF-8 on its own")
            }
            #expect(ICalendarText.unfold(folded) == line)
            #expect(Array(ICalendarText.unfold(folded).utf8) == Array(line.utf8))
        }
    }

    @Test func foldingStartsAt76Octets() {
        let exactly75 = "SUMMARY:" + String(repeating: "x", count: 67)
        #expect(ICalendarText.fold(exactly75) == exactly75)
        let octets76 = exactly75 + "y"
        #expect(ICalendarText.fold(octets76) == exactly75 + "\r\n y")
        // A two-octet letter that would straddle the boundary moves to the next line whole.
        let straddling = "SUMMARY:" + String(repeating: "x", count: 66) + "ə"
        #expect(ICalendarText.fold(straddling) == "SUMMARY:" + String(repeating: "x", count: 66) + "\r\n ə")
        // Continuation lines hold 74 octets after their space.
        let long = String(repeating: "z", count: 75 + 74 + 1)
        #expect(ICalendarText.fold(long) == String(repeating: "z", count: 75) + "\r\n " + String(repeating: "z", count: 74) + "\r\n z")
    }

    @Test func unfoldingAcceptsTabsAndBareLineFeeds() {
        #expect(ICalendarText.unfold("DESCRIPTION:ab\r\n\tcd\n ef\r\nX:1") == "DESCRIPTION:abcdef\r\nX:1")
    }

    @Test func textIsEscaped() {
        #expect(ICalendarText.escape(#"a\b;c,d:e"#) == #"a\\b\;c\,d:e"#)
        #expect(ICalendarText.escape("one\r\ntwo\rthree\nfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICalendarText.escape("one\ntwo", multiline: false) == "one two")
        #expect(ICalendarText.escape("\u{1B}[31mred\u{7}") == "␛[31mred␇", "controls are made visible, never passed on")
        #expect(ICalendarText.escape("bidi\u{202E}txt") == "bidi\u{FFFD}txt")
        #expect(ICalendarText.escape("  padded \t ") == "padded")
        #expect(ICalendarText.escape("👩‍👩‍👧 Олег ə") == "👩‍👩‍👧 Олег ə")
    }
}
