/// What a `MutationCampaign` found: how many inputs were accepted and refused, every failure
/// with its input, and the slowest inputs (a hint of work that grows faster than the input).
public struct CampaignReport: Sendable {
    public struct Failure: Sendable {
        public var seedName: String
        /// Nil for a seed run as it is.
        public var iteration: Int?
        public var message: String
        public var input: [UInt8]
    }

    public struct SlowInput: Sendable {
        public var seedName: String
        public var iteration: Int?
        public var duration: Duration
        public var size: Int
    }

    public private(set) var accepted = 0
    public private(set) var refused = 0
    public private(set) var failureCount = 0
    /// The first failures, with their inputs (later ones are only counted).
    public private(set) var failures: [Failure] = []
    public private(set) var slowest: [SlowInput] = []
    /// Refusals counted by their reason with paths and quoted values left out: what most often
    /// stops mutated inputs, to tune the mutations by.
    public private(set) var refusalReasons: [String: Int] = [:]
    /// How many slow inputs are kept.
    static let slowestKept = 5

    /// "FILE:$.a[3].b: unknown country "XX"" -> "unknown country".
    static func reason(of message: String) -> String {
        let afterPath = message.range(of: ": ").map { message[$0.upperBound...] } ?? message[...]
        let words = afterPath.split(separator: " ").prefix { !$0.contains("\"") && !$0.contains("$") && $0.first?.isNumber != true }
        return words.prefix(6).joined(separator: " ")
    }

    public var runs: Int { accepted + refused + failureCount }

    mutating func add(_ outcome: FuzzOutcome, input: [UInt8], seedName: String, iteration: Int?, duration: Duration) {
        switch outcome {
        case .accepted: accepted += 1
        case .refused(let message):
            refused += 1
            refusalReasons[Self.reason(of: message), default: 0] += 1
        case .failure(let message):
            failureCount += 1
            if failures.count < 20 { failures.append(Failure(seedName: seedName, iteration: iteration, message: message, input: input)) }
        }
        if slowest.count < Self.slowestKept || duration > slowest[slowest.count - 1].duration {
            slowest.append(SlowInput(seedName: seedName, iteration: iteration, duration: duration, size: input.count))
            slowest.sort { $0.duration > $1.duration }
            if slowest.count > Self.slowestKept { slowest.removeLast() }
        }
    }
}
