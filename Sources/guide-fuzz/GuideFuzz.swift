import ArgumentParser
@preconcurrency import Foundation
import GuideFuzz

#if LIBFUZZER
// Built with `scripts/fuzz`: libFuzzer's driver runs the target named by GUIDE_FUZZ_TARGET, and a
// failure of an invariant aborts like a crash, so libFuzzer keeps the input.

nonisolated(unsafe) var libFuzzerTarget = FuzzTarget.show

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("guide_fuzz_main")
func libFuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    let environment = ProcessInfo.processInfo.environment
    guard let name = environment["GUIDE_FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("guide-fuzz: set GUIDE_FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue))\n".utf8))
        return 64
    }
    libFuzzerTarget = target
    if let folder = environment["GUIDE_FUZZ_WRITE_SEEDS"] {
        return SeedWriter.write(target: target, fixtures: URL(filePath: environment["GUIDE_FUZZ_FIXTURES"] ?? "Tests/Fixtures"),
                                to: URL(filePath: folder))
    }
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if case .failure(let message) = libFuzzerTarget.run(bytes) {
            FileHandle.standardError.write(Data("guide-fuzz: \(libFuzzerTarget.rawValue): \(message)\n".utf8))
            abort()
        }
        return 0
    }
}
#else

/// Fuzzes the readers of untrusted files without a special build: a seeded mutation campaign
/// for as long as wanted (`run`), the corpus as files for libFuzzer (`seeds`), and a replay of
/// saved inputs (`replay`). `scripts/fuzz` builds the libFuzzer variant of this program.
@main
struct GuideFuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide-fuzz",
        abstract: "Fuzz the show loader, the fair reader, the plan reader and the search-cache reader.",
        subcommands: [RunCampaign.self, WriteSeeds.self, Replay.self])
}

extension FuzzTarget: ExpressibleByArgument {}

struct RunCampaign: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Mutate the seeds and run them, counting outcomes.")

    @Argument(help: "show, fair, plan or cache")
    var target: FuzzTarget
    @Option(help: "How many mutated inputs to run.")
    var iterations = 1_000_000
    @Option(help: "Stop after this many seconds.")
    var seconds: Double = 60
    @Option(help: "The campaign's seed (the same seed makes the same inputs).")
    var seed: UInt64 = 1
    @Option(help: "The fixtures folder (the repository's Tests/Fixtures).")
    var fixtures = "Tests/Fixtures"
    @Option(help: "Where failing inputs, and the input being run, are written.")
    var findings = ".build-fuzz/findings"

    func run() throws {
        // Line by line, so a run cut short (a hang, a crash) has said how far it got.
        setvbuf(stdout, nil, _IOLBF, 0)
        let seeds = FuzzSeed.corpus(for: target, fixtures: URL(filePath: fixtures))
        guard !seeds.isEmpty else { throw ValidationError("no seeds for \(target.rawValue) under \(fixtures)") }
        try FileManager.default.createDirectory(atPath: findings, withIntermediateDirectories: true)
        let current = URL(filePath: findings).appending(path: "\(target.rawValue)-current-input")
        print("guide-fuzz \(target.rawValue): \(seeds.count) seeds, seed \(seed), up to \(iterations) inputs or \(seconds) s;",
              "a crash leaves its input in \(current.path)")
        let campaign = MutationCampaign(target: target, seeds: seeds, seed: seed, currentInputFile: current)
        let report = campaign.run(iterations: iterations, deadline: .now + .milliseconds(Int(seconds * 1000))) { done, report in
            print("  \(done) inputs: \(report.accepted) accepted, \(report.refused) refused, \(report.failureCount) failures")
        }
        try? FileManager.default.removeItem(at: current)
        print("\(report.runs) runs: \(report.accepted) accepted, \(report.refused) refused, \(report.failureCount) failures")
        for failure in report.failures {
            let name = "\(target.rawValue)-failure-\(failure.seedName)-\(failure.iteration.map(String.init) ?? "seed").json"
            try Data(failure.input).write(to: URL(filePath: findings).appending(path: name))
            print("FAILURE \(failure.message)\n  input: \(findings)/\(name)")
        }
        print("most frequent reasons for refusal:")
        for (reason, count) in report.refusalReasons.sorted(by: { $0.value > $1.value }).prefix(8) { print("  \(count)  \(reason)") }
        print("slowest inputs:")
        for slow in report.slowest {
            print("  \(slow.duration) \(slow.size) bytes from \(slow.seedName), iteration \(slow.iteration.map(String.init) ?? "seed")")
        }
        if report.failureCount > 0 { throw ExitCode(1) }
    }
}

struct WriteSeeds: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seeds", abstract: "Write a target's seeds into a folder (a libFuzzer corpus).")

    @Argument(help: "show, fair, plan or cache")
    var target: FuzzTarget
    @Argument(help: "The folder to write into.")
    var folder: String
    @Option(help: "The fixtures folder (the repository's Tests/Fixtures).")
    var fixtures = "Tests/Fixtures"

    func run() throws {
        let status = SeedWriter.write(target: target, fixtures: URL(filePath: fixtures), to: URL(filePath: folder))
        if status != 0 { throw ExitCode(status) }
    }
}

struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "replay", abstract: "Run saved inputs and say what each did.")

    @Argument(help: "show, fair, plan or cache")
    var target: FuzzTarget
    @Argument(help: "Input files.")
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: URL(filePath: file)))
            switch target.run(bytes) {
            case .accepted: print("\(file): accepted")
            case .refused(let message): print("\(file): refused: \(message)")
            case .failure(let message): print("\(file): FAILURE: \(message)"); failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
#endif
