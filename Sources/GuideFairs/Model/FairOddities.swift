import GuideModel

/// The oddities of one fair file, bounded like `ProblemLog`: the first `listedPerKind` of each
/// kind (the kind of oddity and the field it is in) are kept one by one, the rest only counted,
/// so a file with 100,000 odd entries costs a counter, not 100,000 lines.
public struct FairOddities: Sendable, Hashable {
    /// How many oddities of one kind are listed one by one.
    public static let listedPerKind = ProblemLog.listedPerKind

    /// The oddities kept, in the order found.
    public private(set) var listed: [FairOddity] = []
    /// Every oddity found, listed or not.
    public private(set) var count = 0
    /// Per kind and field: how many were found, and the last listed one's path.
    private var tallies: [TallyKey: Tally] = [:]

    private struct TallyKey: Hashable, Sendable {
        var kind: FairOddity.Kind
        var field: String
    }

    private struct Tally: Hashable, Sendable {
        var found = 0
        var lastListed: JSONPath?
    }

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// Records an oddity; `field` (the field's name) and the kind say which oddities are alike.
    /// The path and message of an unlisted oddity are never built.
    public mutating func add(_ kind: FairOddity.Kind, field: String, at path: @autoclosure () -> JSONPath,
                             _ message: @autoclosure () -> String) {
        count += 1
        let key = TallyKey(kind: kind, field: field)
        var tally = tallies[key, default: Tally()]
        tally.found += 1
        if tally.found <= Self.listedPerKind {
            let place = path()
            tally.lastListed = place
            listed.append(FairOddity(kind, at: place, message()))
        }
        tallies[key] = tally
    }

    /// Oddities of this kind, listed or not.
    public func count(_ kind: FairOddity.Kind) -> Int {
        tallies.reduce(0) { $0 + ($1.key.kind == kind ? $1.value.found : 0) }
    }

    /// Every listed oddity as `FILE:JSONPATH: what was done`, then one line per kind with more
    /// than were listed.
    public func lines(file: String) -> [String] {
        var lines = listed.map { "\(file):\($0)" }
        let unlisted = tallies.filter { $0.value.found > Self.listedPerKind }
            .sorted { ($0.value.lastListed?.description ?? "") < ($1.value.lastListed?.description ?? "") }
        for (_, tally) in unlisted {
            let more = tally.found - Self.listedPerKind
            let like = tally.lastListed.map { " like the one at \($0)" } ?? ""
            lines.append("\(file): … and \(LoadProblem.grouped(more)) more odd\(more == 1 ? "ity" : "ities")\(like) (not listed)")
        }
        return lines
    }

    /// "1 oddity", "2,345 oddities".
    public var countText: String {
        "\(LoadProblem.grouped(count)) odd\(count == 1 ? "ity" : "ities")"
    }
}
