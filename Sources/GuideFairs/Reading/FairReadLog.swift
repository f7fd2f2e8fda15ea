import GuideModel

/// Collects what is wrong while reading a fair file: problems (which refuse the file) and, in
/// lenient mode, the values skipped inside exhibitor entries instead.
final class FairReadLog {
    let file: String
    let mode: FairReadMode
    private(set) var problems: [LoadProblem] = []
    private(set) var skipped: [FairChange] = []

    init(file: String, mode: FairReadMode) {
        self.file = file
        self.mode = mode
    }

    /// `inEntry`: the value is inside one exhibitor entry, where lenient mode skips it.
    func problem(at path: JSONPath, _ message: String, inEntry: Bool) {
        if inEntry && mode == .lenient {
            skipped.append(FairChange(.skipped, at: path, "left out: \(message)"))
        } else {
            problems.append(LoadProblem(file: file, location: .path(path), message: message))
        }
    }
}
