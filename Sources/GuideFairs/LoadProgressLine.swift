/// The one line shown while a large folder of fair files loads: files read of all, a bar and the
/// entries so far, then, once every file is read, that the exhibitors are being matched. Only
/// counts: no text from the data, so nothing in it needs sanitising. (`adex-guide` draws it,
/// `LoadProgressDisplay`.)
public enum LoadProgressLine {
    /// Cells of the bar between the brackets, at most.
    public static let barWidth = 24

    /// The line for `snapshot`, at most `width - 1` cells (the last column is left free, so no
    /// terminal wraps it), plain ASCII.
    public static func text(_ snapshot: FairLoadProgress.Snapshot, width: Int) -> String {
        let files = "\(grouped(snapshot.filesRead))/\(grouped(snapshot.totalFiles)) files"
        let entries = "\(grouped(snapshot.entriesRead)) entries"
        let full: String
        if snapshot.readingDone {
            full = "Matching exhibitors: \(files) read, \(entries)..."
        } else {
            full = "Reading \(files) \(bar(snapshot.filesRead, of: snapshot.totalFiles)) \(entries)"
        }
        let room = max(0, width - 1)
        if full.count <= room { return full }
        // Narrow terminals: the counts alone, then as much as fits.
        let short = snapshot.readingDone ? "Matching \(entries)..." : "\(files) \(entries)"
        return String((short.count <= room ? short : files).prefix(room))
    }

    /// "[#########---------------]": the share of files read.
    public static func bar(_ done: Int, of total: Int) -> String {
        let filled = total > 0 ? min(barWidth, done * barWidth / total) : barWidth
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
    }

    /// 222845 as "222,845".
    public static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, digit != "-", (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
