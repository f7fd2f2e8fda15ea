import GuideModel

/// A refusal is only useful if the visitor can act on it: every problem names the file and says
/// something. Checked for each refused input.
enum RefusalCheck {
    static func outcome(_ error: CatalogLoadError, fileName: String) -> FuzzOutcome {
        let problems = error.problems
        guard !problems.isEmpty else { return .failure("refused without a problem") }
        for problem in problems {
            if problem.file != fileName { return .failure("a problem names \"\(problem.file)\", not the file: \(problem)") }
            if problem.message.isEmpty { return .failure("a problem without a message: \(problem)") }
        }
        return .refused(problems[0].description)
    }
}
