import GuideModel

/// Collects what reading a fair file finds: problems, which refuse the file (listed like the
/// `adex-guide/1` loader's, the first 100 of each kind, see `ProblemLog`), and oddities, which in
/// lenient mode are listed beside the fair and in strict mode are problems too.
final class FairReadLog {
    let file: String
    let mode: FairReadMode
    private let log: ProblemLog
    private(set) var oddities = FairOddities()

    init(file: String, mode: FairReadMode) {
        self.file = file
        self.mode = mode
        log = ProblemLog(file: file)
    }

    var problems: [LoadProblem] { log.problems }

    /// Something that makes the file impossible to understand, in either mode.
    func refuse(at path: @autoclosure () -> JSONPath, _ message: @autoclosure () -> String,
                site: StaticString = #fileID, line: UInt = #line) {
        log.add(path(), message(), site: site, line: line)
    }

    /// A departure from the usual shape and what was done about it. `field` names the field, so
    /// oddities of one kind in one field are counted together.
    func oddity(_ kind: FairOddity.Kind, field: String, at path: @autoclosure () -> JSONPath, _ message: @autoclosure () -> String,
                site: StaticString = #fileID, line: UInt = #line) {
        switch mode {
        case .lenient: oddities.add(kind, field: field, at: path(), message())
        case .strict: log.add(path(), message(), detail: "\(kind.rawValue) \(field)", site: site, line: line)
        }
    }
}
