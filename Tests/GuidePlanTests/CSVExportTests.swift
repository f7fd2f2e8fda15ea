import GuideModel
import GuidePlan
import Testing

@Suite struct CSVExportTests {
    /// A strict RFC 4180 reader: rows end in CRLF, quoted fields may hold anything.
    static func parse(_ text: String) -> [[String]]? {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        scalars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty else { return nil }
                quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r":
                guard scalars.popFirst() == "\n" else { return nil }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            case "\n":
                return nil
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        return row.isEmpty && field.isEmpty && !quoted ? rows : nil
    }

    @Test func fieldsAreQuotedOnlyWhenNeeded() {
        #expect(CSVExport.field("plain text") == "plain text")
        #expect(CSVExport.field(#"he said "hi", then left"#) == #""he said ""hi"", then left""#)
        #expect(CSVExport.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVExport.field("two\r\nlines") == "\"two\nlines\"")
        #expect(CSVExport.field("semi;colon") == "semi;colon")
        #expect(CSVExport.field("") == "")
        #expect(CSVExport.field("Олег 🍽️") == "Олег 🍽️")
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"),
        ("+49 30 1234", "'+49 30 1234"),
        ("-10% discount", "'-10% discount"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("  =HYPERLINK(\"http://x\")", #""'=HYPERLINK(""http://x"")""#),
        ("\t=cmd", "'=cmd"),
        ("=a,b", #""'=a,b""#),
        ("a=b", "a=b"),
        ("2024-09-24", "2024-09-24"),
    ])
    func formulasAreDisarmed(_ value: String, _ expected: String) {
        #expect(CSVExport.field(value) == expected)
    }

    @Test func theExportReadsBackRowByRow() throws {
        let result = CSVExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic)
        let rows = try #require(Self.parse(result.text))
        #expect(rows.first == CSVExport.header)
        #expect(rows.dropFirst().allSatisfy { $0.count == CSVExport.header.count })
        #expect(rows.count == 1 + 8 + 7 + 2, "header, programme (8), exhibitors (7), not in the data (2)")
        let opening = try #require(rows.first { $0[1] == "opening" })
        #expect(opening == ["programme", "opening", "Opening ceremony", "2030-06-03", "10:00", "10:45", "", "", "must", "",
                            "Meet Олег at 10:00, then; lunch 🍽️ with the Aliyev team\\ops.\n\"Bring\" *2* cards, [not] <3>\n\n"
                                + "=cmd|' /C calc'!A0\n# not a heading; ə ğ ş"])
        let drones = try #require(rows.first { $0[1] == "azersky-drones" })
        #expect(Array(drones[0..<10]) == ["exhibitor", "azersky-drones", "Azərsky Drones (fictional)", "", "", "", "Hall A", "A1", "must", "no"])
        let optics = try #require(rows.first { $0[1] == "bosphorus-optics" })
        #expect(optics[9] == "yes")
        #expect(optics[10] == "'-10% show discount, ask for \"Mehmet\"")
        let briefing = try #require(rows.first { $0[1] == "morning-briefing" })
        #expect(briefing[3] == "2030-06-03/2030-06-04")
        #expect(rows.last == ["exhibitor", "vanished-gmbh", "", "", "", "", "", "", "maybe", "no", "was at stand A9"])
        // Exhibitors by hall, then stand code with numbers compared as numbers (B3 before B10).
        #expect(rows.filter { $0[0] == "exhibitor" && !$0[2].isEmpty }.map(\.[7]) == ["A1", "A2", "B1", "B3", "B10", "", ""])
    }

    @Test func aByteOrderMarkOnlyWhenAskedFor() {
        let plain = CSVExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic)
        let marked = CSVExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic,
                                      options: PlanExportOptions(csvByteOrderMark: true))
        #expect(plain.text.hasPrefix("kind,id,name,"))
        #expect(Array(marked.text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(marked.text.utf8.dropFirst(3)) == Array(plain.text.utf8))
    }
}
