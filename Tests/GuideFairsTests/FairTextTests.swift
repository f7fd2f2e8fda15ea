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

    /// The shortcut for plain ASCII keeps exactly what the full cleaning would.
    @Test(arguments: ["ACME DRONES", "ACME  DRONES", " ACME", "ACME ", "", " ", "A", "AT&T", "A\tB", "A\nB", "A\u{B}B",
                      "KRISTALTEK \u{1B}[31m", "ÇELİK", "A\u{A0}B", "JSC \"KB RADAR\"", "X\u{7F}Y"])
    func theASCIIShortcutAgreesWithTheFullCleaning(_ raw: String) {
        #expect(FairText(line: raw) == FairText(cleaning: raw))
    }

    @Test func linesOfAnAddress() {
        #expect(FairText.lines("Baku Expo Center\n515 1050\r\n\n  Bakı ") == ["Baku Expo Center", "515 1050", "Bakı"])
    }
}
