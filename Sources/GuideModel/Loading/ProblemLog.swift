/// Collects problems while a file is decoded and validated, so every problem is reported at once
/// instead of stopping at the first.
///
/// Each kind of problem (the place in the decoder that finds it, plus a detail such as the field
/// or what a reference names) lists its first `listedPerKind` occurrences; the rest are only
/// counted, and one summary entry after the last listed one says how many more there are. The
/// message and path of an unlisted problem are never built: both are taken as closures, so a file
/// with 800,000 bad exhibitors costs a counter per kind, not millions of strings.
package final class ProblemLog {
    /// How many problems of one kind are listed one by one.
    package static let listedPerKind = 100

    package let file: String
    /// Every problem found, listed or not.
    package private(set) var count = 0
    private var entries: [Entry] = []
    private var kinds: [ProblemKind: Tally] = [:]

    private enum Entry {
        case listed(LoadProblem)
        /// Where the problems of a kind beyond the listed ones are summed up.
        case unlisted(ProblemKind)
    }

    private struct Tally {
        var found = 0
        var lastListedPath: JSONPath?
    }

    package init(file: String) {
        self.file = file
    }

    /// Records a problem. `detail` tells apart kinds found at the same place (the field, or the
    /// noun of a reference); the call site is the rest of the kind.
    package func add(_ path: @autoclosure () -> JSONPath, _ message: @autoclosure () -> String, detail: String = "",
             site: StaticString = #fileID, line: UInt = #line) {
        count += 1
        let kind = ProblemKind(site: site, line: line, detail: detail)
        var tally = kinds[kind, default: Tally()]
        tally.found += 1
        if tally.found <= Self.listedPerKind {
            let place = path()
            tally.lastListedPath = place
            entries.append(.listed(LoadProblem(file: file, location: .path(place), message: message())))
            if tally.found == Self.listedPerKind { entries.append(.unlisted(kind)) }
        }
        kinds[kind] = tally
    }

    package var isEmpty: Bool { count == 0 }

    /// The problems in the order found, with a summary entry after the last listed problem of each
    /// kind that has more (see `LoadProblem.standsFor`).
    package var problems: [LoadProblem] {
        entries.compactMap { entry in
            switch entry {
            case .listed(let problem):
                return problem
            case .unlisted(let kind):
                guard let tally = kinds[kind], tally.found > Self.listedPerKind else { return nil }
                return LoadProblem.unlisted(tally.found - Self.listedPerKind, file: file, like: tally.lastListedPath)
            }
        }
    }
}

/// What makes problems the same kind for `ProblemLog`: where they are found and a detail.
private struct ProblemKind: Hashable {
    /// The address of the `#fileID` literal: unique per source file, and free to compare.
    let site: UInt
    let line: UInt
    let detail: String

    init(site: StaticString, line: UInt, detail: String) {
        self.site = site.hasPointerRepresentation ? UInt(bitPattern: site.utf8Start) : UInt(site.unicodeScalar.value)
        self.line = line
        self.detail = detail
    }
}
