import GuideModel
import GuidePlan

/// How the run loop tells the state what happened to the plan on disk. Saving is the run loop's
/// business (it is input/output); the state only takes the result in, so the pure transitions stay
/// testable without a file system.
extension GuideState {
    /// The plan as saved: this guide's plan merged with what another guide saved meanwhile.
    public mutating func adoptSavedPlan(_ saved: Plan, in catalog: Catalog) {
        planUnsaved = false
        guard saved != plan else { return }
        plan = saved
        reclampPlanRoutes(catalog)
    }

    /// Saving failed: the plan stays in memory, quitting asks first, and the message says why.
    public mutating func planCouldNotBeSaved(_ reason: String) {
        planUnsaved = true
        message = Message("My plan could not be saved: \(reason)", isError: true)
    }

    /// Something the visitor must know about their saved plan (a file moved aside at start).
    public mutating func showPlanNotice(_ text: String, isError: Bool) {
        message = Message(text, isError: isError)
    }

    /// An export was written: where, and what the visitor should know about it.
    public mutating func exportFinished(path: String, format: PlanExportFormat, notes: [String]) {
        let extra = notes.isEmpty ? "" : " · " + notes.joined(separator: " · ")
        message = Message("Exported My plan (\(format)) to \(path)\(extra)")
    }

    /// An export could not be written.
    public mutating func exportFailed(_ reason: String) {
        message = Message("Export failed: \(reason)", isError: true)
    }
}
