import Foundation
import GuideTestSupport
import Testing

/// What ncurses puts on a real screen: wide and combining characters in the right columns, the
/// cursor parked on the selection, attributes and colours, resizes.
@Suite(.timeLimit(.minutes(10)))
struct RenderingEndToEndTests {
    @Test func mixedWidthTextLandsInTheRightColumns() throws {
        let session = try Probe.start()
        let rows = Probe.rows(try session.screen())
        // 10 + 1 + 1 + 1 + (2 + 2) + 1 + 2 + 1 columns: the "é" is in column 21. Any width
        // disagreement between the buffer, ncurses and tmux would shift or swallow a character.
        #expect(rows[3] == "Azərbaycan Ж 漢字 😀 e\u{301}")
        #expect(rows[3].unicodeScalars.count == 20)
        #expect(rows[4] == String(repeating: " ", count: 21) + "^")
        #expect(rows[Probe.firstListRow].hasPrefix("▶ row 00  Bakı Ekspo Mərkəzi"))
        #expect(rows[23] == "bytes=\(Probe.bytesShown(rows) ?? -1) frame=0")
    }

    @Test func cursorIsHiddenButRestsOnTheSelectedRow() throws {
        let session = try Probe.start()
        #expect(try session.display("#{cursor_flag}:#{cursor_x},#{cursor_y}") == "0:0,\(Probe.firstListRow)")
        try session.send(keys: "m")
        try Probe.waitForEvents(session, 1, last: "m")
        #expect(try session.display("#{cursor_flag}:#{cursor_x},#{cursor_y}") == "0:0,\(Probe.firstListRow + 1)")
    }

    @Test func resizesAreFollowed() throws {
        let session = try Probe.start()
        try session.resize(columns: 100, lines: 30)
        var rows = try Probe.waitForEvents(session, 1, last: "resize 100x30")
        #expect(rows.contains("size=100x30"))
        #expect(rows.count >= 30 && rows[29].hasPrefix("bytes="), "\(rows)")
        try session.resize(columns: 60, lines: 20)
        rows = try Probe.waitForEvents(session, 2, last: "resize 60x20")
        #expect(rows.contains("size=60x20"))
        #expect(rows[19].hasPrefix("bytes="), "\(rows)")
        // Nothing of the wider frame is left over beyond column 60.
        #expect(rows.allSatisfy { $0.count <= 60 })
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
    }

    /// A buffer larger than the terminal is clipped; a smaller one leaves the rest blank, with
    /// nothing of the larger frame left behind.
    @Test func aBufferOfAnotherSizeIsDrawnAsFarAsItFits() throws {
        let session = try Probe.start()
        try session.send(keys: "b")
        var rows = try Probe.waitForEvents(session, 1, last: "b")
        #expect(rows[5] == String(repeating: "-", count: 80))
        #expect(rows[22].hasPrefix("  row 16"), "\(rows)")
        #expect(rows[23].hasPrefix("bytes="), "\(rows)")
        try session.send(keys: "b")
        rows = try Probe.waitForEvents(session, 2, last: "b")
        #expect(rows[5] == String(repeating: "-", count: 56) + "|end")
        #expect(rows.allSatisfy { $0.count <= 60 }, "\(rows)")
        #expect(rows[18].hasPrefix("bytes="), "\(rows)")
        #expect(rows[19...23].allSatisfy { $0.isEmpty }, "\(rows)")
        try session.send(keys: "b")
        rows = try Probe.waitForEvents(session, 3, last: "b")
        #expect(rows[5] == String(repeating: "-", count: 76) + "|end")
        #expect(rows[23].hasPrefix("bytes="))
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
    }

    /// With colour the selected row is reverse and yellow; with NO_COLOR it is still reverse, the
    /// text is the same, and no colour escapes are sent.
    @Test func noColorKeepsTheTextAndTheReverseRow() throws {
        // NO_COLOR set but empty means colour (https://no-color.org).
        let colored = try Probe.start(noColor: "")
        let plain = try Probe.start(noColor: "1")
        let coloredRows = Probe.rows(try colored.screen())
        let plainRows = Probe.rows(try plain.screen())
        // The byte counts differ (colour costs bytes); everything else is the same.
        #expect(coloredRows.filter { !$0.hasPrefix("bytes=") } == plainRows.filter { !$0.hasPrefix("bytes=") })

        let coloredSelection = Self.sgrParameters(row: Probe.firstListRow, of: try colored.screenWithEscapes())
        let plainSelection = Self.sgrParameters(row: Probe.firstListRow, of: try plain.screenWithEscapes())
        #expect(coloredSelection.contains(7), "\(coloredSelection)")
        #expect(coloredSelection.contains(33), "\(coloredSelection)")
        #expect(plainSelection.contains(7), "\(plainSelection)")
        let allPlain = Self.sgrParameters(of: try plain.screenWithEscapes())
        // 39 and 49 (back to the default colours) are how tmux itself resets; any other colour
        // parameter came from the probe.
        #expect(!allPlain.contains { ((30...49).contains($0) || (90...107).contains($0)) && $0 != 39 && $0 != 49 }, "\(allPlain)")
        #expect(Self.sgrParameters(row: 0, of: try colored.screenWithEscapes()).contains(36))
        // Other rows are not reversed.
        #expect(!Self.sgrParameters(row: Probe.firstListRow + 1, of: try plain.screenWithEscapes()).contains(7))
    }

    /// The numeric parameters of every SGR sequence (ESC [ ... m) in `text`, or in one row of it.
    static func sgrParameters(row: Int? = nil, of text: String) -> [Int] {
        let scope = row.map { text.split(separator: "\n", omittingEmptySubsequences: false)[$0] } ?? Substring(text)
        var result: [Int] = []
        var rest = scope[...]
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            if rest.dropFirst(body.count).first == "m" {
                result += body.split(separator: ";").compactMap { Int($0) }
            }
        }
        return result
    }
}
