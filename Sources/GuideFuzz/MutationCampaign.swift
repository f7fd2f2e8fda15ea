import Foundation
import GuideTestSupport

/// A seeded mutation fuzzer that needs no special build: each seed is run as it is, then each
/// iteration mutates one seed (one to four times) and runs the result. Iteration `i` of seed `s`
/// always makes the same input, so a failure is replayed from the two numbers. A crash ends the
/// process; the input that caused it is in `currentInputFile` when one is given.
public struct MutationCampaign {
    public var target: FuzzTarget
    public var seeds: [FuzzSeed]
    public var seed: UInt64
    /// Where each input is written before it is run, so a crash leaves its input behind.
    public var currentInputFile: URL?

    public init(target: FuzzTarget, seeds: [FuzzSeed], seed: UInt64, currentInputFile: URL? = nil) {
        self.target = target
        self.seeds = seeds
        self.seed = seed
        self.currentInputFile = currentInputFile
    }

    /// The input of iteration `iteration`, and the name of the seed it was made from.
    public func input(at iteration: Int) -> (seedName: String, bytes: [UInt8]) {
        var random = SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(iteration))
        let origin = seeds[random.below(seeds.count)]
        return (origin.name, target.mutate(origin.bytes, using: &random))
    }

    /// Runs the seeds, then iterations `0..<iterations` or until `deadline`, whichever is first.
    public func run(iterations: Int, deadline: ContinuousClock.Instant? = nil,
                    progress: ((Int, CampaignReport) -> Void)? = nil) -> CampaignReport {
        var report = CampaignReport()
        for origin in seeds {
            record(origin.bytes, seedName: origin.name, iteration: nil, into: &report)
        }
        guard !seeds.isEmpty else { return report }
        for iteration in 0..<iterations {
            if let deadline, ContinuousClock.now >= deadline { break }
            let (seedName, bytes) = input(at: iteration)
            record(bytes, seedName: seedName, iteration: iteration, into: &report)
            if iteration % 1_000 == 999 { progress?(iteration + 1, report) }
        }
        return report
    }

    private func record(_ bytes: [UInt8], seedName: String, iteration: Int?, into report: inout CampaignReport) {
        if let currentInputFile { try? Data(bytes).write(to: currentInputFile) }
        let start = ContinuousClock.now
        let outcome = target.run(bytes)
        report.add(outcome, input: bytes, seedName: seedName, iteration: iteration, duration: ContinuousClock.now - start)
    }
}
