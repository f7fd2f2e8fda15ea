import GuidePlan

/// What the user wants, independent of the key that asked for it. The `Keymap` (in GuideUI)
/// turns keys into actions per context; the state machine only ever sees actions.
public enum Action: Sendable, Hashable {
    case moveSelection(Int)
    case page(Int)
    case moveToTop
    case moveToBottom
    case open
    case back
    /// Back, or quit when already at the root of the home tab (the `q` key, as in less and htop).
    case backOrQuit
    case quit
    case suspend
    case switchTab(Tab)
    case nextTab
    case previousTab
    case beginSearch
    case insertText(String)
    case deleteBackward
    case nextMatch
    case previousMatch
    case toggleFavourite
    /// Must see / maybe for the selected item (adds it to My plan as must see).
    case cyclePriority
    /// Opens the note editor for the selected item.
    case editNote
    /// Visited / not visited for the selected exhibitor.
    case toggleVisited
    /// Opens the export panel (My plan).
    case beginExport
    /// Empties a text field (Ctrl-U).
    case clearText
    /// Opens the editions screen (who is new, who returned).
    case showEditions
    case nextDay
    case previousDay
    case showOnMap
    case showHelp
    case openFilters
    case clearLastFilter
    case clearAllFilters
    case nextFacet
    case previousFacet
    /// The next order: of the exhibitor list (name, fairs, country), or of the filter panel's
    /// values (by count, by name).
    case cycleSort
    /// Opens the list of every fair (a catalogue of several fairs).
    case showFairs
    case moveOnMap(Direction)
    case resize(columns: Int, lines: Int)
}

/// A direction on a floor plan.
public enum Direction: Sendable, Hashable, CaseIterable {
    case up, down, left, right
}

/// What the run loop must do after an action; the state machine itself never does I/O.
public enum Effect: Sendable, Hashable {
    case none
    /// Nothing to do for this key here: ring the bell.
    case bell
    case quit
    /// Stop the process (Ctrl-Z) and redraw on resume.
    case suspend
    /// Write the plan in a format to a file; the run loop does it and reports with
    /// `GuideState.exportFinished` / `exportFailed`.
    case export(PlanExportFormat, includeVisits: Bool)
}

/// A one-line message shown above the footer until the next key.
public struct Message: Sendable, Hashable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
