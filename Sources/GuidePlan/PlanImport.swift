/// Taking in a colleague's plan. Unlike `Plan.merged(with:)` (two copies of one's own plan), an
/// import only adds: the colleague's favourites join this plan; nothing of this plan is removed
/// or overwritten; visits stay personal and are not imported.
public struct PlanImport: Sendable, Hashable {
    /// What the import did to one item.
    public enum Outcome: Sendable, Hashable {
        /// A new favourite, with the colleague's priority and note.
        case added
        /// Already a favourite with the same priority and note (or no note from the colleague).
        case alreadyThere
        /// Already a favourite with something different; `detail` says what and what was kept.
        case conflict(detail: String)
    }

    public var plan: Plan
    /// Every favourite of the colleague's plan, in plan order (exhibitors, then programme items).
    public var outcomes: [(item: PlanItem, outcome: Outcome)]

    public var added: [PlanItem] { outcomes.filter { $0.outcome == .added }.map(\.item) }
    public var conflicts: [(item: PlanItem, detail: String)] {
        outcomes.compactMap { entry in
            if case .conflict(let detail) = entry.outcome { return (entry.item, detail) }
            return nil
        }
    }

    public static func == (a: PlanImport, b: PlanImport) -> Bool {
        a.plan == b.plan && a.outcomes.map(\.item) == b.outcomes.map(\.item) && a.outcomes.map(\.outcome) == b.outcomes.map(\.outcome)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(plan)
        for entry in outcomes {
            hasher.combine(entry.item)
            hasher.combine(entry.outcome)
        }
    }

    /// Adds `theirs` favourites to `mine`. A different priority keeps mine; a different note keeps
    /// mine and adds theirs after it, marked, so no one's words are lost.
    public init(_ theirs: Plan, into mine: Plan, at time: Int64) {
        var plan = mine
        var outcomes: [(PlanItem, Outcome)] = []
        let items = theirs.exhibitors.map(PlanItem.exhibitor) + theirs.programme.map(PlanItem.programmeItem)
        for item in items {
            guard let their = theirs.mark(item) else { continue }
            guard let my = plan.mark(item) else {
                plan.add(item, at: time)
                if their.priority.value != .maybe { plan.setPriority(their.priority.value, of: item, at: time) }
                if !their.note.value.isEmpty { plan.setNote(their.note.value, of: item, at: time) }
                outcomes.append((item, .added))
                continue
            }
            var differences: [String] = []
            if my.priority.value != their.priority.value {
                differences.append("priority: yours \(my.priority.value.label), theirs \(their.priority.value.label); kept yours")
            }
            let theirNote = their.note.value
            if !theirNote.isEmpty && theirNote != my.note.value && !my.note.value.contains(theirNote) {
                if my.note.value.isEmpty {
                    plan.setNote(theirNote, of: item, at: time)
                } else {
                    plan.setNote(my.note.value + "\n(imported) " + theirNote, of: item, at: time)
                    differences.append("note: both had one; theirs was added after yours")
                }
            }
            outcomes.append((item, differences.isEmpty ? .alreadyThere : .conflict(detail: differences.joined(separator: "; "))))
        }
        self.plan = plan
        self.outcomes = outcomes
    }
}
