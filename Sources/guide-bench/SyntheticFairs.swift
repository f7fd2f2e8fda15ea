import Foundation
import GuideSynthetic

/// The synthetic directory of fair files for the scale benchmark (issue 7), written to disk once
/// with `SyntheticFairDirectory`, as `guide-synth fairs` writes it, and reused on later runs when
/// kept in `--data-dir`.
struct SyntheticFairs {
    let path: String
    let files: Int
    let bytes: Int
    /// Seconds spent generating it; nil when an earlier run's directory was reused.
    let generationSeconds: Double?

    /// The directory for these arguments in `directory`, generated unless it is already there.
    /// It only gets its final name once every file is written, so an interrupted run leaves no
    /// half directory that a later run would take for a whole one.
    static func prepare(lists: Int, entries: Int, seed: UInt64, in directory: URL) throws -> SyntheticFairs {
        let path = directory.appendingPathComponent("synthetic-fairs-\(lists)-\(entries)-seed\(seed)").path
        if FileManager.default.fileExists(atPath: path) {
            let (files, bytes) = size(of: path)
            return SyntheticFairs(path: path, files: files, bytes: bytes, generationSeconds: nil)
        }
        let partial = path + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        try FileManager.default.createDirectory(atPath: partial, withIntermediateDirectories: true)
        let seconds = try Measure.seconds {
            for file in SyntheticFairDirectory(fairs: lists, entries: entries, seed: seed) {
                var stream = try TextFileStream(path: (partial as NSString).appendingPathComponent(file.fileName))
                file.write(to: &stream)
                try stream.close()
            }
        }
        guard rename(partial, path) == 0 else { throw BenchError("cannot rename \(partial) to \(path)") }
        let (files, bytes) = size(of: path)
        return SyntheticFairs(path: path, files: files, bytes: bytes, generationSeconds: seconds)
    }

    /// The `*.json` files in a directory and their bytes.
    static func size(of directory: String) -> (files: Int, bytes: Int) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".json") }
        let bytes = names.reduce(0) { $0 + (SyntheticFile.fileSize((directory as NSString).appendingPathComponent($1)) ?? 0) }
        return (names.count, bytes)
    }
}
