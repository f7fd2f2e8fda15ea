import Foundation
import GuideFairs
import GuideSynthetic

/// Synthetic fair directories generated once and shared by the tests (static properties are
/// initialised once, safely, while Swift Testing runs tests in parallel).
enum FairSamples {
    static let seed: UInt64 = 42
    static let smallFairs = 24
    static let smallEntries = 6_000

    /// 24 lists of 6,000 entries in all, 4 fairs without a list: small enough to load every file
    /// in a debug build, large enough for every kind of entry to occur.
    static let small = SyntheticFairDirectory(fairs: smallFairs, entries: smallEntries, seed: seed)
    static let smallFiles: [(file: SyntheticFairFile, text: String)] = small.map { ($0, $0.text) }

    /// The benchmark's directory, planned and its rosters drawn but no text written (a debug build
    /// would take half a minute to write 200,000 entries).
    static let benchmark = SyntheticFairDirectory(fairs: SyntheticFairDirectory.benchmarkFairs,
                                                  entries: SyntheticFairDirectory.benchmarkEntries, seed: 1)
    static let benchmarkFiles = Array(benchmark)
    static let benchmarkTally = tally(benchmarkFiles)

    static func tally(_ files: [SyntheticFairFile]) -> SyntheticFairTally {
        var tally = SyntheticFairTally()
        for file in files { tally.add(file) }
        return tally
    }

    /// Every exhibitor entry of the small directory, parsed by Foundation (independent of the
    /// guide's own JSON reader), with the file it is in. Foundation's `Any` is not `Sendable`;
    /// the value is built once and never changed, so sharing it is safe.
    nonisolated(unsafe) static let smallEntriesParsed: [(file: String, entry: [String: Any])] = smallFiles.flatMap { file, text in
        let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        let entries = object?["exhibitor"] as? [[String: Any]] ?? []
        return entries.map { (file.fileName, $0) }
    }

    /// Writes files to a new temporary directory and returns its path; the caller removes it.
    static func write(_ files: [(file: SyntheticFairFile, text: String)]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fair-synth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (file, text) in files {
            try Data(text.utf8).write(to: directory.appendingPathComponent(file.fileName))
        }
        return directory
    }

    /// Loads every file as `--data` does (strictly, converted, validated); the files that were
    /// refused, with the loader's messages.
    static func loadAll(_ files: [(file: SyntheticFairFile, text: String)]) throws -> (loaded: [(SyntheticFairFile, LoadedDataFile)], refused: [(SyntheticFairFile, String)]) {
        let directory = try write(files)
        defer { try? FileManager.default.removeItem(at: directory) }
        var loaded: [(SyntheticFairFile, LoadedDataFile)] = []
        var refused: [(SyntheticFairFile, String)] = []
        for (file, _) in files {
            do {
                loaded.append((file, try DataFileLoader.load(contentsOf: directory.appendingPathComponent(file.fileName).path)))
            } catch {
                refused.append((file, error.problems.map(\.message).joined(separator: "; ")))
            }
        }
        return (loaded, refused)
    }

    /// The small directory loaded once by the guide's reader.
    static let smallLoaded: (loaded: [(SyntheticFairFile, LoadedDataFile)], refused: [(SyntheticFairFile, String)]) = {
        do {
            return try loadAll(smallFiles)
        } catch {
            fatalError("cannot write the small directory: \(error)")
        }
    }()
}
