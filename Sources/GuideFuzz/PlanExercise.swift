import GuideModel
import GuidePlan

/// The plan reader: whatever the writer writes, the reader reads. A plan that reads is edited the
/// way the guide edits it (a new favourite stamped after every earlier change, a note, a visit),
/// written, and read back: nothing may be lost or refused on the way.
public enum PlanExercise {
    static let fileName = "fuzz-plan.json"
    /// 2024-09-25T07:00:00Z, during the show: the clock of the editing visitor.
    static let now: Int64 = 1_727_247_600_000

    public static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let plan: Plan
        do {
            plan = try PlanFile.decode(bytes, file: fileName)
        } catch {
            guard error.file == fileName, !error.message.isEmpty else { return .failure("refusal without file or message: \(error)") }
            return .refused(error.description)
        }
        if let problem = roundTrip(plan, "as read") { return .failure(problem) }
        var edited = plan
        let added = PlanItem.exhibitor("fuzz-added-exhibitor")
        edited.add(added, at: now)
        edited.setNote("written by the fuzzer", of: added, at: now)
        if let first = plan.marks.keys.min(by: { $0.id < $1.id }) {
            edited.setVisited(true, of: first, at: now)
            edited.setPriority(.must, of: first, at: now)
        }
        if let problem = roundTrip(edited, "after an edit") { return .failure(problem) }
        let merged = plan.merged(with: edited)
        if let problem = roundTrip(merged, "after a merge") { return .failure(problem) }
        return .accepted
    }

    /// Nil when `plan` written and read back is the same plan.
    static func roundTrip(_ plan: Plan, _ when: String) -> String? {
        let text = PlanFile.encode(plan, savedAt: max(now, plan.latestChange))
        do {
            let reread = try PlanFile.decode(Array(text.utf8), file: fileName)
            return reread == plan ? nil : "\(when): the plan read back differs from the plan written"
        } catch {
            return "\(when): the plan written cannot be read back: \(error)"
        }
    }
}
