import GuideModel

/// Collects what is wrong while reading a fair file: problems (which refuse the file) and, in
/// lenient mode, the values skipped inside exhibitor entries instead. Problems are listed the way
/// the `adex-guide/1` loader lists them: the first 100 of each kind, the rest counted (see
/// `ProblemLog`).
final class FairReadLog {
    let file: String
    let mode: FairReadMode
    private let log: ProblemLog
    private(set) var skipped: [FairChange] = []

    init(file: String, mode: FairReadMode) {
        self.file = file
        self.mode = mode
        log = ProblemLog(file: file)
    }

    var problems: [LoadProblem] { log.problems }

    /// `inEntry`: the value is inside one exhibitor entry, where lenient mode skips it. `detail`
    /// tells apart kinds of problem found at the same place.
    func problem(at path: @autoclosure () -> JSONPath, _ message: @autoclosure () -> String, inEntry: Bool,
                 detail: String = "", site: StaticString = #fileID, line: UInt = #line) {
        if inEntry && mode == .lenient {
            skipped.append(FairChange(.skipped, at: path(), "left out: \(message())"))
        } else {
            log.add(path(), message(), detail: detail, site: site, line: line)
        }
    }
}
