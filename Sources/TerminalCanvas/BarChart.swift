/// Horizontal bar charts in text, for counts people would rather see than read (exhibitors per
/// edition, countries per edition):
///
///     ADEX 2018  (list not published)
///     ADEX 2022  ███████████████       149
///     ADEX 2024  ████████████████████  201
///
/// Bars are drawn in eighths of a column (▏▎▍▌▋▊▉█), so close values still differ, and every bar
/// carries its number: the length shows the proportion, the figure the fact (never length alone).
/// A row without a value (`nil`) says why instead of drawing an empty bar, because "no list
/// published" is not zero exhibitors. A non-zero value always gets at least an eighth of a column.
public enum BarChart {
    /// One bar: its label, its value (nil when unknown) and what to say when it is unknown.
    public struct Row: Sendable, Hashable {
        public var label: String
        public var value: Int?
        public var unknown: String

        public init(_ label: String, _ value: Int?, unknown: String = "not known") {
            self.label = label
            self.value = value
            self.unknown = unknown
        }
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The chart as lines at most `width` columns wide: labels padded to the widest (at most a
    /// third of the width, truncated with "…"), bars scaled so the largest value fills the room
    /// left after the numbers.
    public static func lines(_ rows: [Row], width: Int) -> [String] {
        guard !rows.isEmpty, width > 0 else { return [] }
        let labels = rows.map { TextSanitizer.sanitizeLine($0.label) }
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, max(4, width / 3))
        let numbers = rows.map { $0.value.map(String.init) ?? "" }
        let numberWidth = numbers.map(\.count).max() ?? 0
        let barWidth = max(1, width - labelWidth - numberWidth - 4)
        let largest = rows.compactMap(\.value).max() ?? 0
        return rows.indices.map { index in
            let label = TextLayout.pad(TextLayout.truncate(labels[index], toWidth: labelWidth), toWidth: labelWidth)
            guard let value = rows[index].value else {
                return TextLayout.truncate(label + "  (" + TextSanitizer.sanitizeLine(rows[index].unknown) + ")", toWidth: width)
            }
            let bar = Self.bar(value, of: largest, width: barWidth)
            let line = label + "  " + TextLayout.pad(bar, toWidth: barWidth) + "  "
                + TextLayout.pad(numbers[index], toWidth: numberWidth, alignment: .right)
            return TextLayout.truncate(line, toWidth: width)
        }
    }

    /// A bar of `value / largest` of `width` columns, in eighths.
    static func bar(_ value: Int, of largest: Int, width: Int) -> String {
        guard value > 0, largest > 0 else { return "" }
        var units = Int((Double(value) / Double(largest) * Double(width * 8)).rounded())
        units = min(max(1, units), width * 8)
        return String(repeating: "█", count: units / 8) + eighths[units % 8]
    }
}
