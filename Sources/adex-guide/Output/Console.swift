import Foundation
import GuideModel
import GuideUI
import NcursesTerminal

/// Where command output goes and how wide it may be. On a terminal, tables are fitted to its
/// width; in a pipe or file, nothing is cut (so `grep` sees whole names).
struct Console {
    /// Columns available, or nil for "no limit" (not a terminal).
    var width: Int?
    private(set) var buffer = ""

    static func standard() -> Console {
        let environment = ProcessInfo.processInfo.environment
        if isatty(STDOUT_FILENO) == 1 {
            return Console(width: max(40, TerminalCapability.currentSize().columns))
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns >= 40, environment["ADEX_GUIDE_FIT"] == "1" {
            return Console(width: columns)
        }
        return Console(width: nil)
    }

    /// Prints one line. Every line goes through the sanitiser here, so nothing printed by a
    /// command can carry a control character or escape sequence from a data file to the terminal.
    mutating func print(_ line: String = "") {
        // The sanitiser trims leading spaces, which here are our own indentation: keep them.
        let indent = line.prefix { $0 == " " }
        buffer += indent
        buffer += Text.line(String(line.dropFirst(indent.count)))
        buffer += "\n"
    }

    /// Prints a JSON document (its writer escapes every control and format character).
    mutating func printJSON(_ value: JSONValue) {
        buffer += JSONWriter.write(value)
    }

    /// "Label  value" rows with the labels aligned and values wrapped under each other.
    mutating func labelled(_ rows: [(String, String)], indent: Int = 2) {
        let labelWidth = rows.map { Text.width($0.0) }.max() ?? 0
        for (label, value) in rows {
            let prefix = String(repeating: " ", count: indent) + Text.padRight(label, labelWidth) + "  "
            let hang = String(repeating: " ", count: Text.width(prefix))
            let available = max(20, (width ?? 1000) - Text.width(prefix))
            for (index, line) in Text.wrap(Text.line(value), available).enumerated() {
                print((index == 0 ? prefix : hang) + line)
            }
        }
    }

    mutating func print(lines: [String]) {
        for line in lines { print(line) }
    }

    /// Writes everything at once: one write call, and nothing half-printed on an error.
    func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
    }

    /// A "• text" item, wrapped with its continuation lines aligned after the bullet.
    mutating func bullet(_ text: String, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        let available = max(20, (width ?? 100) - indent - 2)
        for (index, line) in Text.wrap(Text.line(text), available).enumerated() {
            print(pad + (index == 0 ? "• " : "  ") + line)
        }
    }

    /// A source: "[id] title — publisher, date" wrapped with a hanging indent, then its address
    /// on a line of its own, never broken, so it can be copied whole.
    mutating func source(_ id: String, describe: Describe, indent: Int) {
        let tag = "[\(id)] "
        let pad = String(repeating: " ", count: indent)
        let hang = String(repeating: " ", count: indent + Text.width(tag))
        let text = String(describe.source(id).dropFirst(tag.count))
        let available = max(20, (width ?? 100) - indent - Text.width(tag))
        for (index, line) in Text.wrap(Text.line(text), available).enumerated() {
            print((index == 0 ? pad + tag : hang) + line)
        }
        if let url = describe.catalog.source(id: id)?.url { print(hang + Text.line(url)) }
        if let note = describe.catalog.source(id: id)?.note {
            for line in Text.wrap(Text.line("Note: " + note), available) { print(hang + line) }
        }
    }

    /// Wraps a paragraph of data text to the console width, each line indented.
    mutating func paragraph(_ text: String, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        let available = max(20, (width ?? 100) - indent)
        for line in Text.wrap(Text.block(text), available) { print(pad + line) }
    }
}
