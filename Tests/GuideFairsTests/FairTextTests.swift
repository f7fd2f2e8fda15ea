@testable import GuideFairs
import Testing

/// Cleaning one string: whitespace and character references only.
struct FairTextTests {
    @Test func whitespaceIsTrimmedAndRunsCollapsed() {
        let text = FairText(line: "  ACME \t\n DRONES\u{A0} ")
        #expect(text.text == "ACME DRONES")
        #expect(text.changedWhitespace)
        #expect(!FairText(line: "ACME DRONES").changed)
    }

    @Test func characterReferencesAreDecoded() {
        #expect(FairText(line: "AC UNITY GORA&#381;DE").text == "AC UNITY GORAŽDE")
        #expect(FairText(line: "&#x17D;ELEZNIK &amp; SONS").text == "ŽELEZNIK & SONS")
        #expect(FairText(line: "AT&T").text == "AT&T")
        #expect(!FairText(line: "AT&T").decodedReferences)
        // A reference to a control character stays as written.
        #expect(FairText(line: "A&#27;B").text == "A&#27;B")
    }

    @Test func controlCharactersStay() {
        let text = FairText(line: "KRISTALTEK \u{96} LASER \u{1B}[31m")
        #expect(text.text == "KRISTALTEK \u{96} LASER \u{1B}[31m")
    }

    /// The shortcut for clean text keeps exactly what the full cleaning would.
    @Test(arguments: ["ACME DRONES", "ACME  DRONES", " ACME", "ACME ", "", " ", "A", "AT&T", "A\tB", "A\nB", "A\u{B}B",
                      "KRISTALTEK \u{1B}[31m", "ÇELİK", "A\u{A0}B", "JSC \"KB RADAR\"", "X\u{7F}Y",
                      "ÇELİK  A.Ş.", " ÇELİK", "ÇELİK ", "ОАО\u{2009}РАДАР", "ОАО\u{3000}", "Ş&#381;",
                      "ROHDE & SCHWARZ", "R&D; TESTS", "A;B&C", "A&amp", "A&amp;", "&;", "Ç & Ş"])
    func theShortcutAgreesWithTheFullCleaning(_ raw: String) {
        #expect(FairText(line: raw) == FairText(cleaning: raw))
        #expect(Array(FairText(line: raw).text.utf8) == Array(FairText(cleaning: raw).text.utf8))
    }

    /// The shortcut decides on the bytes what the full cleaning decides on the scalars: every
    /// character of the first planes, alone, between letters and next to a space.
    @Test func theByteShortcutAgreesWithTheFullCleaningForEveryCharacter() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x3_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(scalar)
            for raw in [character, "A" + character + "B", "A " + character, character + " B", "Ç" + character + "Ş"]
            where FairText(line: raw) != FairText(cleaning: raw) || !FairText(line: raw).text.utf8.elementsEqual(FairText(cleaning: raw).text.utf8) {
                disagreeing.append(value)
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func linesOfAnAddress() {
        #expect(FairText.lines("Baku Expo Center\n515 1050\r\n\n  Bakı ") == ["Baku Expo Center", "515 1050", "Bakı"])
    }
}
