import Foundation
import GuideFuzz

/// Writes a target's seeds as files, for libFuzzer's corpus folder.
enum SeedWriter {
    static func write(target: FuzzTarget, fixtures: URL, to folder: URL) -> Int32 {
        let seeds = FuzzSeed.corpus(for: target, fixtures: fixtures)
        guard !seeds.isEmpty else {
            FileHandle.standardError.write(Data("guide-fuzz: no seeds for \(target.rawValue) under \(fixtures.path)\n".utf8))
            return 66
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for seed in seeds { try Data(seed.bytes).write(to: folder.appending(path: seed.name)) }
        } catch {
            FileHandle.standardError.write(Data("guide-fuzz: cannot write the seeds into \(folder.path): \(error)\n".utf8))
            return 73
        }
        return 0
    }
}
