import Testing
@testable import TerminalCanvas

struct BarChartTests {
    @Test func barsAreProportionalCarryTheirNumberAndSayWhyWhenUnknown() {
        let lines = BarChart.lines([BarChart.Row("ADEX 2018", nil, unknown: "list not published"),
                                    BarChart.Row("ADEX 2022", 149), BarChart.Row("ADEX 2024", 201)], width: 40)
        #expect(lines == [
            "ADEX 2018  (list not published)",
            "ADEX 2022  █████████████████▊        149",
            "ADEX 2024  ████████████████████████  201",
        ])
        for line in lines { #expect(DisplayWidth.of(line) <= 40) }
    }

    @Test func smallValuesStillShowAndZeroShowsNothing() {
        let lines = BarChart.lines([BarChart.Row("a", 1), BarChart.Row("b", 10_000), BarChart.Row("c", 0)], width: 30)
        #expect(lines[0].contains("▏"))
        #expect(lines[2] == "c" + String(repeating: " ", count: 28) + "0")
        #expect(BarChart.bar(10_000, of: 10_000, width: 5) == "█████")
    }

    @Test func longAndHostileLabelsAreCutAndNeutralised() {
        let lines = BarChart.lines([BarChart.Row("Evil\u{1B}[2J name that goes on and on", 5)], width: 30)
        #expect(!lines[0].unicodeScalars.contains { $0.value == 0x1B })
        #expect(DisplayWidth.of(lines[0]) <= 30)
        #expect(lines[0].hasPrefix("Evil"))
        #expect(lines[0].contains("…"))
        #expect(BarChart.lines([], width: 30).isEmpty)
    }
}
