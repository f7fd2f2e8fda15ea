import Testing
@testable import TerminalCanvas

/// Writing into cells: wide characters, clipping, overwriting halves, sanitising, diffing.
struct CellBufferTests {
    @Test func writesKeepSpacesAndMeasureWideCharacters() {
        var buffer = CellBuffer(width: 12, height: 2)
        let used = buffer.put("  漢字 ab", x: 0, y: 0)
        #expect(used == 9)
        #expect(buffer.line(0) == "  漢字 ab")
        #expect(buffer[2, 0].width == 2)
        #expect(buffer[3, 0].isContinuation)
    }

    @Test func aWideCharacterNeverSplitsAtTheEdge() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.put("abcd漢", x: 0, y: 0)
        #expect(buffer.line(0) == "abcd")
        #expect(buffer[4, 0].text == " ")
        var clipped = CellBuffer(width: 10, height: 1)
        clipped.put("ab漢", x: 0, y: 0, maxWidth: 3)
        #expect(clipped.line(0) == "ab")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("漢字", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.line(0) == " x字")
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.line(0) == " xy")
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test func combiningMarksJoinTheirBaseAndEmojiSequencesAreTakenApart() {
        var buffer = CellBuffer(width: 16, height: 1)
        // A skin tone after an emoji and a ZWJ between emoji never reach a cell; a lone skin
        // tone takes its own two cells.
        let used = buffer.put("e\u{301}👍🏽👨\u{200D}👩 🏽", x: 0, y: 0)
        #expect(used == 10)
        #expect(buffer[0, 0].text == "e\u{301}")
        #expect(buffer[1, 0].text == "👍")
        #expect(buffer[3, 0].text == "👨")
        #expect(buffer[5, 0].text == "👩")
        #expect(buffer[8, 0].text == "🏽")
    }

    @Test func aJoinerOutsideEmojiTakesAVisibleCell() {
        var buffer = CellBuffer(width: 10, height: 1)
        #expect(buffer.put("Z\u{200D}W", x: 0, y: 0) == 3)
        #expect(buffer.line(0) == "Z\u{FFFD}W")
        #expect(buffer.cells.allSatisfy { !$0.text.unicodeScalars.contains("\u{200D}") })
    }

    @Test func controlCharactersAndEscapesAreNeutralised() {
        var buffer = CellBuffer(width: 30, height: 1)
        buffer.put("a\u{1B}[2J\u{7}b\u{202E}c\td", x: 0, y: 0)
        #expect(buffer.line(0) == "a␛[2J␇b\u{FFFD}c d")
        #expect(buffer.cells.allSatisfy { cell in cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) } })
    }

    @Test func changesListOnlyWhatDiffers() {
        var first = CellBuffer(width: 4, height: 2)
        first.put("abcd", x: 0, y: 0)
        var second = first
        second.put("X", x: 2, y: 1)
        #expect(second.changes(since: first) == [CellChange(x: 2, y: 1, cell: Cell(text: "X"))])
        #expect(second.changes(since: nil).count == 8)
        #expect(second.changes(since: CellBuffer(width: 5, height: 2)).count == 8)
    }
}
