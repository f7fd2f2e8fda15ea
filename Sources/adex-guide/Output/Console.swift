import Foundation
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

    mutating func print(_ line: String = "") {
        buffer += line
        buffer += "\n"
    }

    mutating func print(lines: [String]) {
        for line in lines { print(line) }
    }

    /// Writes everything at once: one write call, and nothing half-printed on an error.
    func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
    }

    /// Wraps a paragraph of data text to the console width, each line indented.
    mutating func paragraph(_ text: String, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        let available = max(20, (width ?? 100) - indent)
        for line in Text.wrap(Text.block(text), available) { print(pad + line) }
    }
}
