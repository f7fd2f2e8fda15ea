import Foundation
import GuideSynthetic

/// A synthetic show written to disk for the benchmarks, streamed with `SyntheticShow.write` so a
/// million exhibitors (about 890 MB compact) never sit in memory as one string.
struct SyntheticFile {
    let path: String
    let bytes: Int
    /// Seconds spent generating it; nil when an earlier run's file was reused.
    let generationSeconds: Double?

    /// The file for `exhibitors` and `seed` in `directory`, generated unless it is already there.
    ///
    /// Reuse is safe because the generator is deterministic (same size and seed, same bytes), and a
    /// file only gets its final name once fully written, so an interrupted run leaves no half file
    /// that a later run would take for a whole one.
    static func prepare(exhibitors: Int, seed: UInt64, script: SyntheticShow.Script = .mixed, in directory: URL) throws -> SyntheticFile {
        let suffix = switch script {
        case .mixed: ""
        case .ascii: "-ascii"
        }
        let path = directory.appendingPathComponent("synthetic-\(exhibitors)-seed\(seed)\(suffix).json").path
        if let size = fileSize(path) { return SyntheticFile(path: path, bytes: size, generationSeconds: nil) }
        let partial = path + ".partial"
        let seconds = try Measure.seconds {
            var stream = try TextFileStream(path: partial)
            SyntheticShow.write(exhibitors: exhibitors, seed: seed, layout: .compact, script: script, to: &stream)
            try stream.close()
        }
        guard rename(partial, path) == 0 else { throw BenchError("cannot rename \(partial) to \(path)") }
        return SyntheticFile(path: path, bytes: fileSize(path) ?? 0, generationSeconds: seconds)
    }

    static func fileSize(_ path: String) -> Int? {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue
    }
}
