/// Collects problems while a file is decoded and validated, so every problem is reported at once
/// instead of stopping at the first.
final class ProblemLog {
    let file: String
    private(set) var problems: [LoadProblem] = []

    init(file: String) {
        self.file = file
    }

    func add(_ path: JSONPath, _ message: String) {
        problems.append(LoadProblem(file: file, location: .path(path), message: message))
    }

    var isEmpty: Bool { problems.isEmpty }
}
