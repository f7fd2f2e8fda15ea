import Foundation
import GuideFuzz
import GuideTestSupport
import Testing

/// The readers of untrusted files under a seeded mutation campaign: thousands of hostile variants
/// of the seeds in Tests/Fixtures/fuzz (one per defect found so far, plus typical files) must each
/// be read or refused with a message naming the file, and what is read must work. A crash ends the
/// test run and leaves its input in $TMPDIR/guide-fuzz-<target>-current-input.
/// `ADEX_FUZZ_ITERATIONS=100000 swift test --filter FuzzCampaignTests` runs longer by hand, as
/// does `swift run -c release guide-fuzz run show --seconds 600`.
struct FuzzCampaignTests {
    static let fixtures = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fixtures")

    /// Iterations per target in the suite: a few seconds each in a debug build.
    static func iterations(for target: FuzzTarget) -> Int {
        if let text = ProcessInfo.processInfo.environment["ADEX_FUZZ_ITERATIONS"], let count = Int(text) { return count }
        switch target {
        case .show, .fair: return 120
        case .plan, .cache: return 1_500
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func mutatedInputsAreReadOrRefusedNeverBroken(_ target: FuzzTarget) {
        let seeds = FuzzSeed.corpus(for: target, fixtures: Self.fixtures)
        #expect(seeds.count >= 2, "no seeds for \(target)")
        let current = URL(filePath: NSTemporaryDirectory()).appending(path: "guide-fuzz-\(target.rawValue)-current-input")
        let campaign = MutationCampaign(target: target, seeds: seeds, seed: 20_261_207, currentInputFile: current)
        let report = campaign.run(iterations: Self.iterations(for: target))
        try? FileManager.default.removeItem(at: current)
        for failure in report.failures {
            let input = String(decoding: failure.input.prefix(2_000), as: UTF8.self)
            Issue.record("\(target) \(failure.seedName) iteration \(failure.iteration.map(String.init) ?? "seed"): \(failure.message)\n\(input)")
        }
        // Both sides must be reached, or the campaign tests nothing: mutations that are always
        // refused never exercise what is built on a file, and ones always accepted never the checks.
        #expect(report.accepted > 0, "\(target): nothing accepted in \(report.runs) runs")
        #expect(report.refused > 0, "\(target): nothing refused in \(report.runs) runs")
    }

    @Test(arguments: FuzzTarget.allCases)
    func aCampaignMakesTheSameInputsFromTheSameSeed(_ target: FuzzTarget) {
        let seeds = FuzzSeed.corpus(for: target, fixtures: Self.fixtures)
        let first = MutationCampaign(target: target, seeds: seeds, seed: 7)
        let second = MutationCampaign(target: target, seeds: seeds, seed: 7)
        let other = MutationCampaign(target: target, seeds: seeds, seed: 8)
        let inputs = (0..<20).map { first.input(at: $0).bytes }
        #expect(inputs == (0..<20).map { second.input(at: $0).bytes })
        #expect(inputs != (0..<20).map { other.input(at: $0).bytes })
        #expect(Set(inputs).count > 10, "mutations of \(target) seeds are too often the same")
    }
}
