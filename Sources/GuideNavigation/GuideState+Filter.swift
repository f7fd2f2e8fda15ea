import GuideModel

extension GuideState {
    /// The filter panel: typed text narrows the values, arrows move, Enter toggles the value,
    /// Esc clears the text and then closes. Letters type, so the panel's other commands are on
    /// keys that are not letters (the Keymap's filter context).
    mutating func applyToFilter(_ panel: FilterPanel, _ action: Action, _ context: GuideContext) -> Effect {
        var panel = panel
        guard case .exhibitors(var list) = route else {
            self.overlay = nil
            return .bell
        }
        let catalog = context.catalog
        let visible = ScreenLayout.filterRows(lines: lines)
        let rows = Rows.facetValues(panel, route: list, in: catalog)
        switch action {
        case .insertText(let text):
            let clean = text.filter { $0 != "\n" && $0 != "\r" && $0 != "\t" }
            guard !clean.isEmpty else { return .bell }
            panel.query += clean
            panel.list = ListState()
        case .deleteBackward:
            guard !panel.query.isEmpty else { return .bell }
            panel.query.removeLast()
            panel.list = ListState()
        case .clearText:
            guard !panel.query.isEmpty else { return .bell }
            panel.query = ""
            panel.list = ListState()
        case .moveSelection(let delta):
            panel.list = panel.list.moved(by: delta, count: rows.count, visible: visible)
        case .page(let pages):
            panel.list = panel.list.moved(by: pages * max(1, visible - 1), count: rows.count, visible: visible)
        case .moveToTop:
            panel.list = ListState()
        case .moveToBottom:
            panel.list = ListState(selected: Int.max / 4).clamped(count: rows.count, visible: visible)
        case .nextFacet, .previousFacet, .nextTab, .previousTab:
            let all = catalog.facets
            let index = all.firstIndex(of: panel.facet) ?? 0
            let forward = action == .nextFacet || action == .nextTab
            panel.facet = all[(index + (forward ? 1 : all.count - 1)) % all.count]
            panel.list = ListState()
            panel.query = ""
        case .cycleSort:
            // The selected value stays selected in the new order.
            let selected = panel.list.selection(count: rows.count).map { rows[$0].value }
            panel.order = panel.order.next
            let reordered = Rows.facetValues(panel, route: list, in: catalog)
            let index = selected.flatMap { value in reordered.firstIndex { $0.value == value } } ?? 0
            panel.list = ListState(selected: index, offset: index).clamped(count: reordered.count, visible: visible)
        case .open, .toggleFavourite:
            guard let index = panel.list.selection(count: rows.count) else { return .bell }
            list.toggle(FacetChip(panel.facet, rows[index].value))
            replaceTop(Self.clamp(.exhibitors(list), catalog: catalog, columns: columns, lines: lines))
            // Counts change with the filter; the selection stays on the value toggled.
            let after = Rows.facetValues(panel, route: list, in: catalog)
            let kept = after.firstIndex { $0.value == rows[index].value } ?? index
            panel.list = ListState(selected: kept, offset: panel.list.offset).clamped(count: after.count, visible: visible)
        case .clearLastFilter, .clearAllFilters:
            let facet = panel.facet
            guard list.chips.contains(where: { $0.facet == facet }) || (action == .clearAllFilters && !list.chips.isEmpty) else { return .bell }
            list.chips.removeAll { action == .clearAllFilters || $0.facet == facet }
            list.list = ListState()
            replaceTop(Self.clamp(.exhibitors(list), catalog: catalog, columns: columns, lines: lines))
        case .back, .backOrQuit:
            // Esc first clears what was typed, then closes.
            if !panel.query.isEmpty {
                panel.query = ""
                panel.list = ListState()
            } else {
                self.overlay = nil
                return .none
            }
        case .openFilters:
            self.overlay = nil
            return .none
        case .moveOnMap, .resize, .quit, .suspend, .switchTab, .beginSearch, .nextMatch, .previousMatch, .cyclePriority,
             .editNote, .toggleVisited, .beginExport, .showEditions, .nextDay, .previousDay, .showOnMap, .showHelp, .showFairs:
            return .bell
        }
        self.overlay = .filter(panel)
        return .none
    }
}
