import GuideModel
import GuidePlan
import Testing

@Suite struct MarkdownExportTests {
    @Test func syntaxInDataIsEscaped() {
        #expect(MarkdownExport.escape("Star*Tech_Labs [beta] <fictional>") == #"Star\*Tech\_Labs \[beta\] \<fictional\>"#)
        #expect(MarkdownExport.escape("a | b ` c ~ d \\ e") == #"a \| b \` c \~ d \\ e"#)
        #expect(MarkdownExport.escape("C# & AT&T &amp; &#60;") == ##"C\# & AT\&T \&amp; \&\#60;"##)
        #expect(MarkdownExport.escape("# heading", atLineStart: true) == ##"\# heading"##)
        #expect(MarkdownExport.escape("- item", atLineStart: true) == #"\- item"#)
        #expect(MarkdownExport.escape("- item") == "- item", "only at the start of a line")
        #expect(MarkdownExport.escape("12. not a list", atLineStart: true) == #"12\. not a list"#)
        #expect(MarkdownExport.escape("12.5 mm", atLineStart: true) == #"12\.5 mm"#)
        #expect(MarkdownExport.escape("v1.2 A-B", atLineStart: true) == "v1.2 A-B")
    }

    @Test func notesKeepTheirLinesAsAQuote() {
        let text = MarkdownExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic, now: ExportFixtures.fictionalNow).text
        let expected = """
              > Meet Олег at 10:00, then; lunch 🍽️ with the Aliyev team\\\\ops.\\
              > "Bring" \\*2\\* cards, \\[not\\] \\<3\\>
              >
              > \\=cmd\\|' /C calc'!A0\\
              > \\# not a heading; ə ğ ş
            """
        #expect(text.contains(expected))
    }

    @Test func sectionsAndGroups() {
        let result = MarkdownExport.export(ExportFixtures.fictionalPlan, catalog: ExportFixtures.synthetic, now: ExportFixtures.fictionalNow)
        let lines = result.text.components(separatedBy: "\n")
        let headings = lines.filter { $0.hasPrefix("#") }
        #expect(headings == [
            "# Fictional Expo 2030 (test data): my plan",
            "## Programme", "### Monday 3 June 2030", "### Tuesday 4 June 2030", "### Wednesday 5 June 2030", "### Day not published",
            "## Exhibitors to visit", "### Hall A", "### Hall B", "### Outdoor yard", "### Hall not published",
            "## No longer in the data",
        ])
        #expect(lines.contains("- 10:00–10:45 · **Opening ceremony** · Hall A entrance · must"))
        #expect(lines.contains("- 15:30 (end not published) · **Closing** · maybe"))
        #expect(lines.contains("- time not published · **Business meetings** (day 2 of 3) · maybe"))
        #expect(lines.contains("- stand A2 · **Boğaziçi Optik (fictional)** · Türkiye · maybe · ✓ visited"))
        #expect(lines.contains(#"- stand B10 · **Star\*Tech\_Labs \[beta\] \<fictional\>** · Germany · maybe"#))
        #expect(lines.contains("- exhibitor vanished-gmbh · maybe"))
        #expect(result.text.contains("Times are Berlin time, UTC+2."))
        #expect(result.notInData == [.programmeItem("cancelled-talk"), .exhibitor("vanished-gmbh")])
        #expect(result.skipped.isEmpty)
    }

    @Test func anEmptyPlanSaysSo() {
        let text = MarkdownExport.export(Plan(eventID: "adex-2024"), catalog: ExportFixtures.bundled, now: ExportFixtures.adexNow).text
        #expect(text.contains("No programme items in the plan."))
        #expect(text.contains("No exhibitors in the plan."))
        #expect(!text.contains("No longer in the data"))
    }
}
