import GuideModel

/// The readers of untrusted files, each with the way its inputs are mutated.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `adex-guide/1` show documents (`--data FILE`, `validate`).
    case show
    /// CAAT/Omega fair files (`--data FILE`, `convert`, a folder of fairs).
    case fair
    /// The visitor's plan file (`~/.local/share/adex-guide/…`, `plan import`).
    case plan
    /// The search index cache (`adex-guide search --data FILE`).
    case cache

    /// Reads `bytes` as this target's input and uses what was read.
    public func run(_ bytes: [UInt8]) -> FuzzOutcome {
        switch self {
        case .show: ShowExercise.run(bytes)
        case .fair: FairExercise.run(bytes)
        case .plan: PlanExercise.run(bytes)
        case .cache: CacheExercise.run(bytes)
        }
    }

    /// A mutation of `bytes`: mostly structure-aware (JSON values, or the cache's aligned words),
    /// sometimes raw bytes, so both the checks behind the parser and the parser itself are reached.
    public func mutate(_ bytes: [UInt8], using random: inout some RandomNumberGenerator) -> [UInt8] {
        switch self {
        case .cache:
            return WordMutator().mutate(bytes, using: &random)
        case .show, .fair, .plan:
            guard Int.random(in: 0..<8, using: &random) != 0, let document = try? JSONParser.parse(bytes) else {
                return ByteMutator().mutate(bytes, using: &random)
            }
            let mutated = JSONMutator().mutate(document, using: &random)
            let text = Array(JSONWriter.write(mutated, pretty: Bool.random(using: &random)).utf8)
            return Int.random(in: 0..<10, using: &random) == 0 ? ByteMutator().mutate(text, using: &random) : text
        }
    }
}
