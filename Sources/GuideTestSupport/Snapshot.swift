import Foundation
import TerminalCanvas
import Testing

/// Text snapshots of rendered screens, kept under version control next to the tests.
///
/// A missing snapshot, or any run with `RECORD_SNAPSHOTS=1`, writes the file and records a test
/// failure, so recording is a deliberate act that can never pass silently.
public enum Snapshot {
    /// The screen as text: a header with the size and cursor, the rows, then which cells are in
    /// reverse video or bold (what selection and emphasis look like without colour).
    public static func text(of buffer: CellBuffer) -> String {
        var out = "# \(buffer.width)x\(buffer.height)"
        if let cursor = buffer.cursor { out += " cursor=\(cursor.x),\(cursor.y)" }
        out += "\n"
        for line in buffer.lines { out += "|" + line + "\n" }
        var marks: [String] = []
        for y in 0..<buffer.height {
            let reverse = ranges(in: buffer, row: y) { $0.reverse }
            if !reverse.isEmpty { marks.append("row \(y) reverse \(reverse)") }
        }
        if !marks.isEmpty { out += marks.joined(separator: "\n") + "\n" }
        return out
    }

    static func ranges(in buffer: CellBuffer, row y: Int, _ predicate: (Style) -> Bool) -> String {
        var parts: [String] = []
        var start: Int?
        for x in 0...buffer.width {
            let on = x < buffer.width && predicate(buffer[x, y].style)
            if on, start == nil { start = x }
            if !on, let begin = start {
                parts.append(begin == x - 1 ? "\(begin)" : "\(begin)-\(x - 1)")
                start = nil
            }
        }
        return parts.joined(separator: ",")
    }

    /// Compares `actual` with `__Snapshots__/<name>.txt` beside the calling test file.
    public static func assert(_ actual: String, named name: String, filePath: String = #filePath,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
        let url = directory.appendingPathComponent(name + ".txt")
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(name).txt; check it in and run again without RECORD_SNAPSHOTS.", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let difference = diff(expected, actual)
            Issue.record("Snapshot \(name) differs (- expected, + actual):\n\(difference)", sourceLocation: sourceLocation)
        }
    }

    /// A short line diff: the first differing lines with their numbers.
    public static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        var out: [String] = []
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? a[index] : nil
            let right = index < b.count ? b[index] : nil
            if left != right {
                if let left { out.append(String(format: "%4d - ", index + 1) + left) }
                if let right { out.append(String(format: "%4d + ", index + 1) + right) }
            }
            if out.count > 40 { out.append("…"); break }
        }
        return out.joined(separator: "\n")
    }
}
