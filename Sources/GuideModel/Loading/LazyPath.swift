/// A JSON path that is built only when a problem needs it: a finished prefix plus up to four
/// pending steps (enough for `$.exhibitors[12].sources[0]` and `$.halls[3].stands[40]`). Reading the fields of 100,000 exhibitors then makes no path at all, while a
/// problem still names its exact place.
struct LazyPath {
    enum Step {
        case key(StaticString)
        case index(Int)
    }

    private let prefix: JSONPath
    private var steps: (Step?, Step?, Step?, Step?) = (nil, nil, nil, nil)

    init(_ prefix: JSONPath) {
        self.prefix = prefix
    }

    func appending(_ key: StaticString) -> LazyPath { appending(.key(key)) }

    func appending(_ index: Int) -> LazyPath { appending(.index(index)) }

    func appending(_ step: Step) -> LazyPath {
        var next = self
        switch steps {
        case (nil, _, _, _): next.steps.0 = step
        case (_, nil, _, _): next.steps.1 = step
        case (_, _, nil, _): next.steps.2 = step
        case (_, _, _, nil): next.steps.3 = step
        default:
            // Deeper than four pending steps: finish the path so far (rare, and one allocation).
            next = LazyPath(path)
            next.steps.0 = step
        }
        return next
    }

    var path: JSONPath {
        var path = prefix
        for step in [steps.0, steps.1, steps.2, steps.3] {
            switch step {
            case .key(let key): path = path / key.description
            case .index(let index): path = path / index
            case nil: return path
            }
        }
        return path
    }
}
