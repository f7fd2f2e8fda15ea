import ArgumentParser
import Foundation
import GuideModel
import GuidePlan
import GuideUI

/// `adex-guide plan ...`: the visitor's plan from the command line, the same file the interactive
/// guide saves (see `PlanStore`).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Your plan: favourite exhibitors and programme items, with priorities, notes and visits.",
        discussion: """
        The plan is saved per event under $XDG_STATE_HOME/adex-guide/ (default ~/.local/state/adex-guide/), \
        the same file the interactive guide uses.
        """,
        subcommands: [PlanShowCommand.self, PlanAddCommand.self, PlanRemoveCommand.self, PlanNoteCommand.self,
                      PlanVisitedCommand.self, PlanImportCommand.self, PlanExportCommand.self],
        defaultSubcommand: PlanShowCommand.self
    )
}

/// What every plan subcommand shares: the catalog, the store and the current plan.
struct PlanSession {
    let catalog: Catalog
    let store: PlanStore
    var plan: Plan
    /// The plan file `plan` was read from, so a save writes it as it is when no other guide
    /// changed the file meanwhile.
    var version: PlanStore.Version?

    init(options: GlobalOptions) throws {
        catalog = try options.loadCatalog()
        guard let store = PlanStore.standard(eventID: catalog.event.id, environment: ProcessInfo.processInfo.environment) else {
            throw CLIFailure("adex-guide: neither XDG_STATE_HOME nor HOME is set, so there is no place for a plan", exitCode: ExitStatus.usage)
        }
        self.store = store
        do {
            let loaded = try store.load(now: PlanClock.now())
            if let aside = loaded.movedAside { Self.reportMovedAside(aside, startingEmpty: true) }
            plan = loaded.plan
            version = loaded.version
        } catch {
            throw CLIFailure(Text.line("adex-guide: \(error.description)"), exitCode: error.exitCode)
        }
    }

    /// Saves (merging whatever another guide saved meanwhile) and keeps the result.
    mutating func save() throws {
        do {
            let saved = try store.save(plan, basedOn: version, now: PlanClock.now())
            if let aside = saved.movedAside { Self.reportMovedAside(aside, startingEmpty: false) }
            plan = saved.plan
            version = saved.version
        } catch {
            throw CLIFailure(Text.line("adex-guide: could not save the plan: \(error.description)"), exitCode: error.exitCode)
        }
    }

    /// Says on standard error, where it is not lost among the output, that the plan file could
    /// not be read and where it is now: the visitor's earlier plan is still there to recover.
    static func reportMovedAside(_ aside: (path: String, problem: String), startingEmpty: Bool) {
        let line = Text.line("adex-guide: the plan file could not be read, so it was moved to \(aside.path) (kept as it was); "
                             + (startingEmpty ? "a new plan was started. " : "") + "The problem: \(aside.problem)")
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// An exhibitor, or with `programme` a programme item, named by id or (a unique part of) its name.
    func item(_ text: String, programme: Bool) throws -> (item: PlanItem, name: String) {
        let resolver = Resolver(catalog: catalog)
        if programme {
            let found = try resolver.programmeItem(text)
            return (.programmeItem(found.id), found.title)
        }
        do {
            let found = try resolver.exhibitor(text)
            return (.exhibitor(found.id), found.name)
        } catch let failure as CLIFailure {
            // Not an exhibitor: a programme item by that name will do. When neither is found the
            // exhibitor message stands, unless the programme one says more (several matches).
            do {
                let found = try resolver.programmeItem(text)
                return (.programmeItem(found.id), found.title)
            } catch let programmeFailure as CLIFailure {
                let exhibitorUnknown = failure.lines.first?.hasPrefix("unknown") ?? false
                let programmeUnknown = programmeFailure.lines.first?.hasPrefix("unknown") ?? false
                throw exhibitorUnknown && !programmeUnknown ? programmeFailure : failure
            }
        }
    }

    /// The name of an item in the plan, or its id marked as gone when the data no longer has it.
    func name(of item: PlanItem) -> String {
        switch item {
        case .exhibitor(let id): catalog.exhibitor(id: id)?.name ?? "\(id) (no longer in the data)"
        case .programmeItem(let id): catalog.programmeItem(id: id)?.title ?? "\(id) (no longer in the data)"
        }
    }
}

struct ItemArguments: ParsableArguments {
    @Flag(name: [.customShort("p"), .long], help: "The name is a programme item (by default an exhibitor, else a programme item).")
    var programme = false

    @Argument(help: ArgumentHelp("Exhibitor or programme item: id, name or a unique part of it.", valueName: "name"))
    var name: [String]

    var text: String { name.joined(separator: " ") }
}

struct PlanAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an exhibitor or programme item to your plan.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: ItemArguments
    @Flag(help: "Priority: must see, or maybe (new favourites are maybe).") var priority: PlanPriority?

    func run() throws {
        var session = try PlanSession(options: options)
        let (item, name) = try session.item(target.text, programme: target.programme)
        let wasThere = session.plan.contains(item)
        session.plan.add(item, at: PlanClock.now())
        if let priority { session.plan.setPriority(priority, of: item, at: PlanClock.now()) }
        try session.save()
        let level = session.plan.mark(item)?.priority.value.label ?? "maybe"
        var console = Console.standard()
        console.print(Text.line(wasThere ? "Already in your plan: \(name) (\(level))" : "★ Added \(name) to your plan (\(level))"))
        console.flush()
    }
}

extension PlanPriority: EnumerableFlag {
    public static func name(for value: PlanPriority) -> NameSpecification { .long }
}

struct PlanRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an exhibitor or programme item from your plan.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: ItemArguments

    func run() throws {
        var session = try PlanSession(options: options)
        // Ids no longer in the data can still be removed by id.
        let match = session.plan.marks.keys.first { $0.id == target.text && session.plan.contains($0) }
        let (item, name) = try match.map { ($0, session.name(of: $0)) } ?? session.item(target.text, programme: target.programme)
        guard session.plan.contains(item) else {
            throw CLIFailure(Text.line("adex-guide: \(name) is not in your plan"), exitCode: ExitStatus.dataError)
        }
        session.plan.remove(item, at: PlanClock.now())
        try session.save()
        var console = Console.standard()
        console.print(Text.line("Removed \(name) from your plan"))
        console.flush()
    }
}

struct PlanNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Set the note of a plan item (adds it to the plan; an empty note clears it).")
    @OptionGroup var options: GlobalOptions
    @Flag(name: [.customShort("p"), .long], help: "The name is a programme item.") var programme = false
    @Argument(help: ArgumentHelp("Exhibitor or programme item: id, name or a unique part of it.", valueName: "name")) var name: String
    @Argument(help: ArgumentHelp("The note (quote it); \"\" clears it.", valueName: "note")) var note: String

    func run() throws {
        guard PlanNote.fitsTheLimit(note) else {
            throw CLIFailure.usage("adex-guide: plan note: a note holds at most \(PlanNote.maximumLength) characters "
                                   + "(this one has \(note.count)); nothing was changed")
        }
        var session = try PlanSession(options: options)
        let (item, title) = try session.item(name, programme: programme)
        session.plan.setNote(note, of: item, at: PlanClock.now())
        try session.save()
        var console = Console.standard()
        console.print(Text.line(note.isEmpty ? "Cleared the note of \(title)" : "Noted for \(title): \(note)"))
        console.flush()
    }
}

struct PlanVisitedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "visited", abstract: "Mark an exhibitor's stand as visited (adds it to the plan).")
    @OptionGroup var options: GlobalOptions
    @Flag(name: .long, help: "Take the visit back.") var not = false
    @Argument(help: ArgumentHelp("Exhibitor: id, name or a unique part of it.", valueName: "name")) var name: [String]

    func run() throws {
        var session = try PlanSession(options: options)
        let exhibitor = try Resolver(catalog: session.catalog).exhibitor(name.joined(separator: " "))
        session.plan.setVisited(!not, of: .exhibitor(exhibitor.id), at: PlanClock.now())
        try session.save()
        var console = Console.standard()
        console.print(Text.line(not ? "Not visited yet: \(exhibitor.name)" : "✓ Visited \(exhibitor.name)"))
        console.flush()
    }
}

struct PlanImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add a colleague's plan file to yours: new favourites are added; nothing of yours is removed or overwritten.")
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("A plan file (adex-guide-plan/1), e.g. a colleague's plan-<event>.json.", valueName: "file")) var file: String

    func run() throws {
        var session = try PlanSession(options: options)
        let bytes = try Self.read(file)
        let theirs: Plan
        do {
            theirs = try PlanFile.decode(bytes, file: file)
        } catch {
            throw CLIFailure(Text.line("adex-guide: \(error.description)"), exitCode: ExitStatus.dataError)
        }
        guard theirs.eventID == session.plan.eventID else {
            throw CLIFailure(Text.line("adex-guide: \(file) is a plan for event \"\(theirs.eventID)\", not \"\(session.plan.eventID)\""),
                             exitCode: ExitStatus.dataError)
        }
        let result = PlanImport(theirs, into: session.plan, at: PlanClock.now())
        session.plan = result.plan
        try session.save()
        var console = Console.standard()
        console.print("Imported \(file): \(result.added.count) added, \(result.conflicts.count) with differences, "
                      + "\(result.outcomes.count - result.added.count - result.conflicts.count) already in your plan")
        for item in result.added { console.print(Text.line("  + \(session.name(of: item))")) }
        for conflict in result.conflicts { console.print(Text.line("  ! \(session.name(of: conflict.item)): \(conflict.detail)")) }
        console.flush()
    }

    /// The bytes of the plan file to import: a regular file of at most `PlanFile.maximumSize`
    /// (a FIFO, a device or a directory is refused without being read).
    static func read(_ file: String) throws -> [UInt8] {
        do {
            return try RegularFile.read(file, limit: PlanFile.maximumSize)
        } catch {
            let limit = RegularFileError.mebibytes(Int64(PlanFile.maximumSize))
            let (reason, code): (String, Int32) = switch error {
            case .missing: ("cannot be read: there is no such file", ExitStatus.noInput)
            case .noPermission(let reason), .failed(let reason): ("cannot be read (\(reason))", ExitStatus.noInput)
            case .notRegular(let kind): ("is \(kind), not a plan file: give the path of a plan file (\(PlanFile.format))", ExitStatus.noInput)
            case .tooLarge(let size, _):
                ("is \(size > Int64(PlanFile.maximumSize) + 1 ? RegularFileError.mebibytes(size) : "over " + limit), "
                 + "more than the \(limit) a plan file may have", ExitStatus.dataError)
            }
            throw CLIFailure(Text.line("adex-guide: \(file): \(reason)"), exitCode: code)
        }
    }
}
