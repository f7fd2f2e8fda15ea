import GuideModel
import GuidePlan
import GuideSearch

extension GuideState {
    /// Applies one action. Never throws, never traps: an action that means nothing here returns
    /// `.bell` and leaves the state as it was (apart from clearing the message line).
    public mutating func apply(_ action: Action, in context: GuideContext) -> Effect {
        message = nil
        let wasPending = quitPending
        quitPending = false
        if wasPending, action == .backOrQuit, overlay == nil, tab == .home, stack.count == 1 { return .quit }
        switch action {
        case .resize(let newColumns, let newLines):
            columns = max(1, newColumns)
            lines = max(1, newLines)
            reclampAll(context)
            return .none
        case .quit:
            return .quit
        case .suspend:
            return .suspend
        default:
            break
        }
        if let overlay {
            return applyToOverlay(overlay, action, context)
        }
        let catalog = context.catalog
        switch action {
        case .moveSelection(let delta):
            return move(by: delta, context)
        case .page(let pages):
            let visible = ScreenLayout.listRows(for: route, lines: lines)
            return move(by: pages * max(1, visible - 1), context)
        case .moveToTop:
            return move(to: 0, context)
        case .moveToBottom:
            return move(to: Int.max / 4, context)
        case .open:
            return open(context)
        case .back:
            return back(quitAtRoot: false)
        case .backOrQuit:
            return back(quitAtRoot: true)
        case .switchTab(let target):
            // The number of the tab you are on takes you back to its first screen, as tab bars do.
            if target == tab, stack.count > 1 { stacks[tab] = [stack[0]] }
            tab = target
            return .none
        case .nextTab:
            tab = tab.next
            return .none
        case .previousTab:
            tab = tab.previous
            return .none
        case .beginSearch:
            self.overlay = .search(SearchOverlay())
            return .none
        case .insertText, .deleteBackward, .nextFacet, .previousFacet, .clearText:
            return .bell
        case .cycleSort:
            guard case .exhibitors(var list) = route else { return .bell }
            // The selected exhibitor stays selected in the new order.
            let before = Rows.exhibitors(list, in: catalog)
            let selected = list.list.selection(count: before.count).map { before[$0] }
            let sorts = ExhibitorListRoute.sorts(in: catalog)
            list.sort = sorts[((sorts.firstIndex(of: list.sort) ?? -1) + 1) % sorts.count]
            let after = Rows.exhibitors(list, in: catalog)
            if let selected, let index = after.firstIndex(of: selected) { list.list = ListState(selected: index, offset: index) }
            replaceTop(Self.clamp(.exhibitors(list), catalog: catalog, columns: columns, lines: lines))
            message = Message("Exhibitors sorted " + list.sort.title)
            return .none
        case .showFairs:
            guard catalog.shows.count > 1 else {
                message = Message("This data has one show; a list of fairs needs several fair files (--data a.json --data b.json, or a folder)", isError: true)
                return .bell
            }
            push(Self.clamp(.fairs(ListState()), catalog: catalog, columns: columns, lines: lines))
            return .none
        case .nextMatch:
            return findMatch(forward: true, context)
        case .previousMatch:
            return findMatch(forward: false, context)
        case .toggleFavourite:
            return toggleFavourite(context)
        case .cyclePriority:
            return cyclePriority(context)
        case .editNote:
            return editNote(context)
        case .toggleVisited:
            return toggleVisited(context)
        case .showEditions:
            guard let history = catalog.history, !history.series.isEmpty else {
                message = Message("This data has no other editions to compare: open several fair files of a series (--data a.json --data b.json, or a folder)", isError: true)
                return .bell
            }
            push(Self.clamp(.editions(ListState()), catalog: catalog, columns: columns, lines: lines))
            return .none
        case .beginExport:
            guard case .plan = route else { return .bell }
            self.overlay = .export(ExportPanel())
            return .none
        case .nextDay:
            return changeDay(by: 1, catalog)
        case .previousDay:
            return changeDay(by: -1, catalog)
        case .showOnMap:
            return showOnMap(catalog)
        case .showHelp:
            let width = ScreenLayout.detailWidth(columns: columns)
            let maximum = max(0, context.helpHeight(width) - ScreenLayout.contentRows(lines: lines))
            self.overlay = .help(scroll: min(max(0, context.helpStart(route, width)), maximum))
            return .none
        case .openFilters:
            guard case .exhibitors = route else { return .bell }
            self.overlay = .filter(FilterPanel())
            return .none
        case .clearLastFilter, .clearAllFilters:
            guard case .exhibitors(var list) = route, !list.chips.isEmpty else { return .bell }
            if action == .clearAllFilters {
                list.chips.removeAll()
                message = Message("All filters cleared")
            } else {
                let removed = list.chips.removeLast()
                message = Message("Filter removed: \(catalog.name(of: removed.value, in: removed.facet))")
            }
            list.list = ListState()
            replaceTop(Self.clamp(.exhibitors(list), catalog: catalog, columns: columns, lines: lines))
            return .none
        case .moveOnMap(let direction):
            return moveOnMap(direction, context)
        case .resize, .quit, .suspend:
            return .none
        }
    }

    // MARK: - Moving

    private mutating func move(by delta: Int, _ context: GuideContext) -> Effect {
        let catalog = context.catalog
        let visible = ScreenLayout.listRows(for: route, lines: lines)
        switch route {
        case .home(let scroll):
            replaceTop(.home(scroll: scrolled(scroll, by: delta, route: route, context)))
        case .exhibitor(let id, let scroll):
            replaceTop(.exhibitor(id: id, scroll: scrolled(scroll, by: delta, route: route, context)))
        case .product(let id, let scroll):
            replaceTop(.product(id: id, scroll: scrolled(scroll, by: delta, route: route, context)))
        case .programmeItem(let id, let scroll):
            replaceTop(.programmeItem(id: id, scroll: scrolled(scroll, by: delta, route: route, context)))
        case .fair(let id, let scroll):
            replaceTop(.fair(id: id, scroll: scrolled(scroll, by: delta, route: route, context)))
        case .fairs(let list):
            let count = catalog.shows.count
            guard count > 0 else { return .bell }
            replaceTop(.fairs(list.moved(by: delta, count: count, visible: visible)))
        case .exhibitors(var list):
            let count = Rows.exhibitors(list, in: catalog).count
            guard count > 0 else { return .bell }
            list.list = list.list.moved(by: delta, count: count, visible: visible)
            replaceTop(.exhibitors(list))
        case .categories(let list):
            replaceTop(.categories(list.moved(by: delta, count: Rows.categories(in: catalog).count, visible: visible)))
        case .halls(let list):
            replaceTop(.halls(list.moved(by: delta, count: catalog.halls.count, visible: visible)))
        case .hall(var hall):
            if let layout = catalog.hall(id: hall.hallID), layout.hasLayout {
                // On a plan, up/down walk the stands in reading order.
                let ordered = layout.stands.sorted { ($0.rect.y, $0.rect.x, $0.code) < ($1.rect.y, $1.rect.x, $1.code) }
                let current = ordered.firstIndex { $0.code == hall.selectedStand } ?? 0
                let next = min(max(0, current + delta), ordered.count - 1)
                hall.selectedStand = ordered[next].code
            } else {
                let count = Rows.hallExhibitors(hall.hallID, in: catalog).count
                guard count > 0 else { return .bell }
                hall.list = hall.list.moved(by: delta, count: count, visible: visible)
            }
            replaceTop(.hall(hall))
        case .schedule(var schedule):
            let rows = Rows.schedule(dayIndex: schedule.dayIndex, in: catalog)
            guard rows.contains(where: { $0.item != nil }) else { return .bell }
            var moved = schedule.list
            moved.selected += delta
            schedule.list = Self.clampSkippingHeadings(moved, rows: rows.map(Rows.isHeading), visible: visible,
                                                       direction: delta >= 0 ? 1 : -1)
            replaceTop(.schedule(schedule))
        case .editions(let list):
            let rows = Rows.editions(in: catalog)
            guard rows.contains(where: \.isSelectable) else { return .bell }
            var moved = list
            moved.selected += delta
            replaceTop(.editions(Self.clampSkippingHeadings(moved, rows: rows.map(Rows.isHeading), visible: visible,
                                                            direction: delta >= 0 ? 1 : -1)))
        case .edition(var edition):
            let count = Rows.edition(edition, in: catalog).count
            guard count > 0 else { return .bell }
            edition.list = edition.list.moved(by: delta, count: count, visible: visible)
            replaceTop(.edition(edition))
        case .plan(var planRoute):
            let rows = Rows.plan(plan, route: planRoute, in: catalog)
            guard rows.contains(where: \.isSelectable) else { return .bell }
            planRoute.list.selected += delta
            planRoute.list = Self.clampSkippingHeadings(planRoute.list, rows: rows.map(Rows.isHeading), visible: visible,
                                                        direction: delta >= 0 ? 1 : -1)
            replaceTop(.plan(planRoute))
        }
        return .none
    }

    private mutating func move(to index: Int, _ context: GuideContext) -> Effect {
        // Moving by a huge delta lands on the first or last row through the same clamping.
        let current: Int
        switch route {
        case .home(let scroll), .exhibitor(_, let scroll), .product(_, let scroll), .programmeItem(_, let scroll),
             .fair(_, let scroll): current = scroll
        case .fairs(let list): current = list.selected
        case .exhibitors(let list): current = list.list.selected
        case .categories(let list), .halls(let list): current = list.selected
        case .plan(let planRoute): current = planRoute.list.selected
        case .editions(let list): current = list.selected
        case .edition(let edition): current = edition.list.selected
        case .hall(let hall): current = hall.list.selected
        case .schedule(let schedule): current = schedule.list.selected
        }
        if case .hall(let hall) = route, let layout = context.catalog.hall(id: hall.hallID), layout.hasLayout {
            return move(by: index == 0 ? -layout.stands.count : layout.stands.count, context)
        }
        return move(by: index - current, context)
    }

    private func scrolled(_ scroll: Int, by delta: Int, route: Route, _ context: GuideContext) -> Int {
        let visible = ScreenLayout.listRows(for: route, lines: lines)
        let height = context.contentHeight(route, ScreenLayout.detailWidth(columns: columns), plan)
        return min(max(0, scroll + delta), max(0, height - visible))
    }

    // MARK: - Opening and going back

    private mutating func open(_ context: GuideContext) -> Effect {
        let catalog = context.catalog
        switch route {
        case .home, .exhibitor, .programmeItem:
            return .bell
        case .fairs(let list):
            let rows = Rows.fairs(in: catalog)
            guard let index = list.selection(count: rows.count) else { return .bell }
            push(.fair(id: rows[index].show.id, scroll: 0))
        case .fair(let id, _):
            // The fair's exhibitors: the list filtered on it.
            guard let fair = Rows.fair(id, in: catalog) else { return .bell }
            guard let count = fair.exhibitorCount, count > 0 else {
                message = Message("\(fair.show.name): the exhibitor list of this fair is not in the data, so there is nobody to list", isError: true)
                return .bell
            }
            push(Self.clamp(.exhibitors(ExhibitorListRoute(chips: [FacetChip(.show, .id(id))])), catalog: catalog, columns: columns, lines: lines))
        case .product(let id, _):
            guard let exhibitor = catalog.product(id: id)?.exhibitor else { return .bell }
            push(.exhibitor(id: exhibitor, scroll: 0))
        case .exhibitors(let list):
            let rows = Rows.exhibitors(list, in: catalog)
            guard let index = list.list.selection(count: rows.count) else { return .bell }
            push(.exhibitor(id: catalog.exhibitors[rows[index]].id, scroll: 0))
        case .categories(let list):
            let rows = Rows.categories(in: catalog)
            guard let index = list.selection(count: rows.count) else { return .bell }
            let chip = FacetChip(.category, rows[index].category.map { .id($0.id) } ?? .none)
            push(Self.clamp(.exhibitors(ExhibitorListRoute(chips: [chip])), catalog: catalog, columns: columns, lines: lines))
        case .halls(let list):
            guard let index = list.selection(count: catalog.halls.count) else { return .bell }
            push(Self.clamp(.hall(HallRoute(hallID: catalog.halls[index].id)), catalog: catalog, columns: columns, lines: lines))
        case .hall(var hall):
            if let layout = catalog.hall(id: hall.hallID), layout.hasLayout {
                guard let code = hall.selectedStand else { return .bell }
                let here = Rows.hallExhibitors(hall.hallID, in: catalog).filter { $0.stand?.code == code }
                guard !here.isEmpty else {
                    message = Message("No exhibitor at stand \(code) in the data", isError: true)
                    return .bell
                }
                let index = hall.standMember % here.count
                if here.count > 1 {
                    // The next Enter on the map opens the next of them.
                    hall.standMember = (index + 1) % here.count
                    replaceTop(.hall(hall))
                    message = Message("Stand \(code) is shared: \(index + 1) of \(here.count), \(here[index].name); Enter on the map again opens the next")
                }
                push(.exhibitor(id: here[index].id, scroll: 0))
            } else {
                let rows = Rows.hallExhibitors(hall.hallID, in: catalog)
                guard let index = hall.list.selection(count: rows.count) else { return .bell }
                push(.exhibitor(id: rows[index].id, scroll: 0))
            }
        case .schedule(let schedule):
            let rows = Rows.schedule(dayIndex: schedule.dayIndex, in: catalog)
            guard let index = schedule.list.selection(count: rows.count), let item = rows[index].item else { return .bell }
            push(.programmeItem(id: item.id, scroll: 0))
        case .editions(let list):
            let rows = Rows.editions(in: catalog)
            guard let index = list.selection(count: rows.count), case .edition(let showID) = rows[index] else { return .bell }
            if let stats = Rows.edition(showID, in: catalog), !stats.listPublished {
                // An empty list would read as "nobody came"; say what is missing instead.
                message = Message("\(stats.name): the exhibitor list of this edition is not in the data, so there is nobody to list", isError: true)
                return .bell
            }
            push(Self.clamp(.edition(EditionRoute(showID: showID)), catalog: catalog, columns: columns, lines: lines))
        case .edition(let edition):
            let entries = Rows.edition(edition, in: catalog)
            guard let index = edition.list.selection(count: entries.count) else { return .bell }
            guard let id = entries[index].exhibitorID else {
                message = Message("Only on the earlier list, not an exhibitor of this data", isError: true)
                return .bell
            }
            push(.exhibitor(id: id, scroll: 0))
        case .plan(let planRoute):
            let rows = Rows.plan(plan, route: planRoute, in: catalog)
            guard let index = planRoute.list.selection(count: rows.count) else { return .bell }
            switch rows[index] {
            case .heading, .freeTime: return .bell
            case .exhibitor(let id, _):
                guard catalog.exhibitor(id: id) != nil else {
                    message = Message("\(id) is no longer in the data", isError: true)
                    return .bell
                }
                push(.exhibitor(id: id, scroll: 0))
            case .programmeItem(let id, _):
                guard catalog.programmeItem(id: id) != nil else {
                    message = Message("\(id) is no longer in the data", isError: true)
                    return .bell
                }
                push(.programmeItem(id: id, scroll: 0))
            }
        }
        return .none
    }

    private mutating func back(quitAtRoot: Bool) -> Effect {
        var stack = self.stack
        if stack.count > 1 {
            stack.removeLast()
            stacks[tab] = stack
            return .none
        }
        if tab != .home {
            tab = .home
            return .none
        }
        if quitAtRoot {
            // The plan is saved on every change; only when saving failed does quitting lose it.
            if planUnsaved && !quitPending {
                quitPending = true
                message = Message("My plan could not be saved: press q again to quit and lose the changes, any other key to stay", isError: true)
                return .bell
            }
            return .quit
        }
        message = Message("Press q (or Q) to quit")
        return .bell
    }

    // MARK: - Favourites, days, maps

    /// The exhibitor or programme item the keys of My plan act on: the selected row, the open
    /// detail, or the stand selected on a hall plan (when one exhibitor has it).
    func selectedPlanItem(_ catalog: Catalog) -> PlanItem? {
        switch route {
        case .exhibitors(let list):
            let rows = Rows.exhibitors(list, in: catalog)
            return list.list.selection(count: rows.count).map { .exhibitor(catalog.exhibitors[rows[$0]].id) }
        case .exhibitor(let id, _):
            return .exhibitor(id)
        case .product(let id, _):
            return catalog.product(id: id)?.exhibitor.map { .exhibitor($0) }
        case .hall(let hall):
            let here = Rows.hallExhibitors(hall.hallID, in: catalog)
            if let code = hall.selectedStand {
                let atStand = here.filter { $0.stand?.code == code }
                return atStand.isEmpty ? nil : .exhibitor(atStand[hall.standMember % atStand.count].id)
            }
            return hall.list.selection(count: here.count).map { .exhibitor(here[$0].id) }
        case .schedule(let schedule):
            let rows = Rows.schedule(dayIndex: schedule.dayIndex, in: catalog)
            return schedule.list.selection(count: rows.count).flatMap { rows[$0].item }.map { .programmeItem($0.id) }
        case .programmeItem(let id, _):
            return .programmeItem(id)
        case .plan(let planRoute):
            let rows = Rows.plan(plan, route: planRoute, in: catalog)
            return planRoute.list.selection(count: rows.count).flatMap { rows[$0].item }
        case .edition(let edition):
            let entries = Rows.edition(edition, in: catalog)
            return edition.list.selection(count: entries.count).flatMap { entries[$0].exhibitorID }.map { .exhibitor($0) }
        case .home, .categories, .halls, .editions, .fairs, .fair:
            return nil
        }
    }

    /// The name of a plan item for messages (its id when the data no longer has it).
    func planItemName(_ item: PlanItem, _ catalog: Catalog) -> String {
        switch item {
        case .exhibitor(let id): catalog.exhibitor(id: id)?.name ?? id
        case .programmeItem(let id): catalog.programmeItem(id: id)?.title ?? id
        }
    }

    private mutating func toggleFavourite(_ context: GuideContext) -> Effect {
        let catalog = context.catalog
        guard let item = selectedPlanItem(catalog) else {
            message = Message("f adds the selected exhibitor or programme item to My plan; nothing to add here", isError: true)
            return .bell
        }
        let name = planItemName(item, catalog)
        let added = plan.toggle(item, at: clock)
        message = Message(added ? "★ Added \(name) to My plan" : "Removed \(name) from My plan")
        reclampPlanRoutes(catalog)
        return .none
    }

    private mutating func cyclePriority(_ context: GuideContext) -> Effect {
        let catalog = context.catalog
        guard let item = selectedPlanItem(catalog) else {
            message = Message("! marks the selected exhibitor or programme item as must see; nothing to mark here", isError: true)
            return .bell
        }
        let name = planItemName(item, catalog)
        let wasFavourite = plan.contains(item)
        // A new favourite marked with ! is a must; an existing one flips between must and maybe.
        let next: PlanPriority = wasFavourite && plan.mark(item)?.priority.value == .must ? .maybe : .must
        plan.setPriority(next, of: item, at: clock)
        message = Message(next == .must ? "‼ Must see: \(name)\(wasFavourite ? "" : " (added to My plan)")" : "Maybe: \(name)")
        reclampPlanRoutes(catalog)
        return .none
    }

    private mutating func editNote(_ context: GuideContext) -> Effect {
        guard let item = selectedPlanItem(context.catalog) else {
            message = Message("e writes a note on the selected exhibitor or programme item; nothing to note here", isError: true)
            return .bell
        }
        let note = plan.mark(item)?.note.value ?? ""
        guard PlanNote.fitsTheLimit(note) else {
            // Only a plan file can bring such a note; the editor would cut it, so it is left whole.
            message = Message("This note is longer than the \(NoteEditor.maximumLength) characters the editor holds: "
                              + "change it with adex-guide plan note", isError: true)
            return .bell
        }
        overlay = .note(NoteEditor(item: item, text: note))
        return .none
    }

    private mutating func toggleVisited(_ context: GuideContext) -> Effect {
        let catalog = context.catalog
        guard case .exhibitor(let id)? = selectedPlanItem(catalog) else {
            message = Message("v marks the selected exhibitor's stand as visited; no exhibitor here", isError: true)
            return .bell
        }
        let name = planItemName(.exhibitor(id), catalog)
        let wasFavourite = plan.contains(exhibitor: id)
        let visited = !(plan.mark(.exhibitor(id))?.visited.value ?? false)
        plan.setVisited(visited, of: .exhibitor(id), at: clock)
        message = Message(visited ? "✓ Visited \(name)\(wasFavourite ? "" : " (added to My plan)")" : "Not visited yet: \(name)")
        reclampPlanRoutes(catalog)
        return .none
    }

    /// The plan changed: every My plan list, on any tab's stack, is brought back within bounds.
    mutating func reclampPlanRoutes(_ catalog: Catalog, direction: Int = -1) {
        for (tab, stack) in stacks {
            stacks[tab] = stack.map { route in
                guard case .plan(var planRoute) = route else { return route }
                let headings = Rows.plan(plan, route: planRoute, in: catalog).map(Rows.isHeading)
                planRoute.list = Self.clampSkippingHeadings(planRoute.list, rows: headings,
                                                            visible: ScreenLayout.listRows(for: route, lines: lines), direction: direction)
                return .plan(planRoute)
            }
        }
    }

    private mutating func changeDay(by delta: Int, _ catalog: Catalog) -> Effect {
        if case .plan(var planRoute) = route {
            // My plan: the day whose free time is shown. The selected item stays selected.
            let target = planRoute.dayIndex + delta
            guard catalog.scheduleDays.indices.contains(target) else { return .bell }
            let before = Rows.plan(plan, route: planRoute, in: catalog)
            let selected = before.indices.contains(planRoute.list.selected) ? before[planRoute.list.selected] : nil
            planRoute.dayIndex = target
            let rows = Rows.plan(plan, route: planRoute, in: catalog)
            if let selected, let index = rows.firstIndex(of: selected) {
                planRoute.list.offset += index - planRoute.list.selected
                planRoute.list.selected = index
            }
            replaceTop(.plan(planRoute))
            reclampPlanRoutes(catalog)
            return .none
        }
        if case .edition(var edition) = route {
            // An edition's lists: new, returning, not returning, all.
            let groups = EditionGroup.allCases
            let index = (groups.firstIndex(of: edition.group) ?? 0) + delta
            guard groups.indices.contains(index) else { return .bell }
            edition.group = groups[index]
            edition.list = ListState()
            replaceTop(.edition(edition))
            return .none
        }
        guard case .schedule(var schedule) = route else { return .bell }
        let days = Rows.scheduleDays(in: catalog)
        let target = schedule.dayIndex + delta
        guard days.indices.contains(target) else { return .bell }
        schedule.dayIndex = target
        schedule.list = ListState()
        replaceTop(Self.clamp(.schedule(schedule), catalog: catalog, columns: columns, lines: lines))
        return .none
    }

    private mutating func showOnMap(_ catalog: Catalog) -> Effect {
        var exhibitorID: String?
        switch route {
        case .exhibitor(let id, _):
            exhibitorID = id
        case .exhibitors(let list):
            let rows = Rows.exhibitors(list, in: catalog)
            if let index = list.list.selection(count: rows.count) { exhibitorID = catalog.exhibitors[rows[index]].id }
        case .plan(let planRoute):
            let rows = Rows.plan(plan, route: planRoute, in: catalog)
            if let index = planRoute.list.selection(count: rows.count), case .exhibitor(let id, _) = rows[index] { exhibitorID = id }
        case .product(let id, _):
            exhibitorID = catalog.product(id: id)?.exhibitor
        case .edition(let edition):
            let entries = Rows.edition(edition, in: catalog)
            if let index = edition.list.selection(count: entries.count) { exhibitorID = entries[index].exhibitorID }
        case .home, .categories, .halls, .hall, .schedule, .programmeItem, .editions, .fairs, .fair:
            break
        }
        guard let exhibitorID, let exhibitor = catalog.exhibitor(id: exhibitorID) else {
            message = Message("m shows the selected exhibitor's stand on its hall plan; no exhibitor here", isError: true)
            return .bell
        }
        guard let stand = exhibitor.stand else {
            message = Message("Stand not published: \(exhibitor.name)", isError: true)
            return .bell
        }
        // On a shared stand, Enter and f go on acting on this exhibitor.
        let sharing = Rows.hallExhibitors(stand.hall, in: catalog).filter { $0.stand?.code == stand.code }
        let member = sharing.firstIndex { $0.id == exhibitor.id } ?? 0
        let route = Self.clamp(.hall(HallRoute(hallID: stand.hall, selectedStand: stand.code, standMember: member)), catalog: catalog,
                               columns: columns, lines: lines)
        push(route)
        if let hall = catalog.hall(id: stand.hall), !hall.hasLayout {
            message = Message("The floor plan of \(hall.name) is not published")
        }
        return .none
    }

    private mutating func moveOnMap(_ direction: Direction, _ context: GuideContext) -> Effect {
        let catalog = context.catalog
        guard case .hall(var hall) = route, let layout = catalog.hall(id: hall.hallID), layout.hasLayout,
              let code = hall.selectedStand else {
            // Without a plan, up/down still move through the list.
            switch direction {
            case .up: return move(by: -1, context)
            case .down: return move(by: 1, context)
            case .left, .right: return .bell
            }
        }
        guard let next = StandNavigator.neighbour(of: code, direction, in: layout) else { return .bell }
        hall.selectedStand = next.code
        replaceTop(.hall(hall))
        return .none
    }

    // MARK: - n / N

    private mutating func findMatch(forward: Bool, _ context: GuideContext) -> Effect {
        let catalog = context.catalog
        guard let query = lastQuery, !query.isEmpty else {
            message = Message("No search yet: press / to search", isError: true)
            return .bell
        }
        let terms = SearchFolding.words(query).map(String.init)
        let titles: [String?]
        let current: Int
        switch route {
        case .exhibitors(let list):
            titles = Rows.exhibitors(list, in: catalog).map { position in
                let exhibitor = catalog.exhibitors[position]
                return ([exhibitor.name] + exhibitor.altNames).joined(separator: " ")
            }
            current = list.list.selected
        case .categories(let list):
            titles = Rows.categories(in: catalog).map { $0.category?.name }
            current = list.selected
        case .halls(let list):
            titles = catalog.halls.map(\.name)
            current = list.selected
        case .hall(let hall):
            titles = Rows.hallExhibitors(hall.hallID, in: catalog).map(\.name)
            current = hall.list.selected
        case .schedule(let schedule):
            titles = Rows.schedule(dayIndex: schedule.dayIndex, in: catalog).map { $0.item.map { [$0.title, $0.place ?? ""].joined(separator: " ") } }
            current = schedule.list.selected
        case .plan(let planRoute):
            titles = Rows.plan(plan, route: planRoute, in: catalog).map { row in
                switch row {
                case .heading, .freeTime: nil
                case .exhibitor(let id, _): catalog.exhibitor(id: id)?.name ?? id
                case .programmeItem(let id, _): catalog.programmeItem(id: id)?.title ?? id
                }
            }
            current = planRoute.list.selected
        case .editions(let list):
            titles = Rows.editions(in: catalog).map { row in
                if case .edition(let showID) = row { return Rows.edition(showID, in: catalog)?.name }
                return nil
            }
            current = list.selected
        case .fairs(let list):
            titles = Rows.fairs(in: catalog).map { [$0.show.name, $0.show.fullName ?? "", $0.series ?? ""].joined(separator: " ") }
            current = list.selected
        case .edition(let edition):
            titles = Rows.edition(edition, in: catalog).map { entry in
                switch entry {
                case .exhibitor(let id): catalog.exhibitor(id: id).map { ([$0.name] + $0.altNames).joined(separator: " ") }
                case .name(let name): name
                }
            }
            current = edition.list.selected
        case .home, .exhibitor, .product, .programmeItem, .fair:
            return .bell
        }
        let matches = titles.indices.filter { index in
            guard let title = titles[index] else { return false }
            let folded = SearchFolding.fold(title)
            return terms.allSatisfy { folded.contains($0) }
        }
        guard !matches.isEmpty else {
            message = Message("No match for \"\(query)\" in this list", isError: true)
            return .bell
        }
        let target = forward ? (matches.first { $0 > current } ?? matches[0]) : (matches.last { $0 < current } ?? matches[matches.count - 1])
        let position = (matches.firstIndex(of: target) ?? 0) + 1
        message = Message("\"\(query)\": match \(position) of \(matches.count)")
        return move(by: target - current, context)
    }

    // MARK: - Overlays

    private mutating func applyToOverlay(_ overlay: Overlay, _ action: Action, _ context: GuideContext) -> Effect {
        switch overlay {
        case .note(let editor):
            return applyToNote(editor, action, context)
        case .export(let panel):
            return applyToExport(panel, action, context)
        case .help(let scroll):
            let visible = ScreenLayout.contentRows(lines: lines)
            let height = context.helpHeight(ScreenLayout.detailWidth(columns: columns))
            let maximum = max(0, height - visible)
            switch action {
            case .moveSelection(let delta): self.overlay = .help(scroll: min(max(0, scroll + delta), maximum))
            case .page(let pages): self.overlay = .help(scroll: min(max(0, scroll + pages * max(1, visible - 1)), maximum))
            case .moveToTop: self.overlay = .help(scroll: 0)
            case .moveToBottom: self.overlay = .help(scroll: maximum)
            case .back, .backOrQuit, .showHelp, .open: self.overlay = nil
            default: return .bell
            }
            return .none
        case .search(var search):
            let visible = ScreenLayout.searchRows(lines: lines)
            switch action {
            case .insertText(let text):
                // Inserting nothing re-runs the query (the loop does it when the index arrives).
                search.query += text
                search.results = Self.results(for: search.query, context)
                search.list = ListState()
            case .deleteBackward:
                guard !search.query.isEmpty else { return .bell }
                search.query.removeLast()
                search.results = Self.results(for: search.query, context)
                search.list = ListState()
            case .moveSelection(let delta):
                search.list = search.list.moved(by: delta, count: search.hits.count, visible: visible)
            case .page(let pages):
                search.list = search.list.moved(by: pages * max(1, visible - 1), count: search.hits.count, visible: visible)
            case .moveToTop:
                search.list = ListState()
            case .moveToBottom:
                search.list = ListState(selected: Int.max / 4).clamped(count: search.hits.count, visible: visible)
            case .back, .backOrQuit:
                if !search.query.isEmpty { lastQuery = search.query }
                self.overlay = nil
                return .none
            case .open:
                guard let index = search.list.selection(count: search.hits.count) else { return .bell }
                lastQuery = search.query
                self.overlay = nil
                jump(to: search.hits[index], context.catalog)
                return .none
            default:
                return .bell
            }
            self.overlay = .search(search)
            return .none
        case .filter(let panel):
            return applyToFilter(panel, action, context)
        }
    }

    private mutating func applyToNote(_ editor: NoteEditor, _ action: Action, _ context: GuideContext) -> Effect {
        var editor = editor
        switch action {
        case .insertText(let text):
            let clean = text.filter { $0 != "\n" && $0 != "\r" }
            guard editor.text.count + clean.count <= NoteEditor.maximumLength else {
                message = Message("A note holds at most \(NoteEditor.maximumLength) characters", isError: true)
                overlay = .note(editor)
                return .bell
            }
            editor.text += clean
        case .deleteBackward:
            guard !editor.text.isEmpty else { return .bell }
            editor.text.removeLast()
        case .clearText:
            editor.text = ""
        case .open:
            overlay = nil
            let name = planItemName(editor.item, context.catalog)
            guard editor.text != editor.original || !plan.contains(editor.item) else {
                message = Message("Note unchanged")
                return .none
            }
            plan.setNote(editor.text, of: editor.item, at: clock)
            message = Message(editor.text.isEmpty ? "Note cleared: \(name)" : "Note saved: \(name)")
            reclampPlanRoutes(context.catalog)
            return .none
        case .back, .backOrQuit:
            overlay = nil
            message = Message(editor.text == editor.original ? "Note unchanged" : "Note not saved (Esc)")
            return .none
        default:
            return .bell
        }
        overlay = .note(editor)
        return .none
    }

    private mutating func applyToExport(_ panel: ExportPanel, _ action: Action, _ context: GuideContext) -> Effect {
        var panel = panel
        let count = ExportPanel.formats.count
        switch action {
        case .moveSelection(let delta):
            panel.list = panel.list.moved(by: delta, count: count, visible: count)
        case .moveToTop:
            panel.list = ListState()
        case .moveToBottom:
            panel.list = ListState(selected: count - 1)
        case .toggleVisited:
            panel.includeVisits.toggle()
        case .open:
            overlay = nil
            return .export(panel.format, includeVisits: panel.includeVisits)
        case .back, .backOrQuit, .beginExport:
            overlay = nil
            return .none
        default:
            return .bell
        }
        overlay = .export(panel)
        return .none
    }

    /// Opens a search hit on the current tab (so back returns to where the search began): an
    /// exhibitor or programme item as its detail, a category or country as a filtered list.
    private mutating func jump(to hit: SearchHit, _ catalog: Catalog) {
        switch hit.kind {
        case .exhibitor:
            push(.exhibitor(id: hit.id, scroll: 0))
        case .product:
            push(.product(id: hit.id, scroll: 0))
        case .category:
            push(Self.clamp(.exhibitors(ExhibitorListRoute(chips: [FacetChip(.category, .id(hit.id))])), catalog: catalog,
                            columns: columns, lines: lines))
        case .country:
            push(Self.clamp(.exhibitors(ExhibitorListRoute(chips: [FacetChip(.country, .id(hit.id))])), catalog: catalog,
                            columns: columns, lines: lines))
        case .programme:
            push(.programmeItem(id: hit.id, scroll: 0))
        case .fair:
            push(.fair(id: hit.id, scroll: 0))
        case .series:
            // The editions screen, on the series' first edition.
            let rows = Rows.editions(in: catalog)
            let editions = catalog.history?.series.first { $0.id == hit.id }?.editions ?? []
            let index = rows.firstIndex { row in
                if case .edition(let showID) = row { return editions.contains { $0.showID == showID } }
                return false
            } ?? 0
            let heading = rows.firstIndex(of: .series(hit.id)) ?? index
            push(Self.clamp(.editions(ListState(selected: index, offset: heading)), catalog: catalog, columns: columns, lines: lines))
        }
    }

    // MARK: - Resize

    private mutating func reclampAll(_ context: GuideContext) {
        for (tab, stack) in stacks {
            stacks[tab] = stack.map { route in
                switch route {
                case .home(let scroll), .exhibitor(_, let scroll), .product(_, let scroll), .programmeItem(_, let scroll),
                     .fair(_, let scroll):
                    let visible = ScreenLayout.listRows(for: route, lines: lines)
                    let height = context.contentHeight(route, ScreenLayout.detailWidth(columns: columns), plan)
                    let clampedScroll = min(scroll, max(0, height - visible))
                    switch route {
                    case .home: return .home(scroll: clampedScroll)
                    case .exhibitor(let id, _): return .exhibitor(id: id, scroll: clampedScroll)
                    case .product(let id, _): return .product(id: id, scroll: clampedScroll)
                    case .fair(let id, _): return .fair(id: id, scroll: clampedScroll)
                    default:
                        if case .programmeItem(let id, _) = route { return .programmeItem(id: id, scroll: clampedScroll) }
                        return route
                    }
                case .plan(var planRoute):
                    let rows = Rows.plan(plan, route: planRoute, in: context.catalog)
                    planRoute.list = Self.clampSkippingHeadings(planRoute.list, rows: rows.map(Rows.isHeading),
                                                                visible: ScreenLayout.listRows(for: route, lines: lines), direction: 1)
                    return .plan(planRoute)
                default:
                    return Self.clamp(route, catalog: context.catalog, columns: columns, lines: lines)
                }
            }
        }
        switch overlay {
        case .search(var search):
            search.list = search.list.clamped(count: search.hits.count, visible: ScreenLayout.searchRows(lines: lines))
            overlay = .search(search)
        case .help(let scroll):
            let height = context.helpHeight(ScreenLayout.detailWidth(columns: columns))
            overlay = .help(scroll: min(scroll, max(0, height - ScreenLayout.contentRows(lines: lines))))
        case .export(var panel):
            panel.list = panel.list.clamped(count: ExportPanel.formats.count, visible: ExportPanel.formats.count)
            overlay = .export(panel)
        case .filter, .note, nil:
            break
        }
    }
}
