/// Selection and scroll position of a list, kept in its route so going back restores both.
/// Clamped in one place (`clamped`), so no sequence of actions can leave it out of bounds.
public struct ListState: Sendable, Hashable {
    /// Index of the selected row; 0 when the list is empty (there is then nothing selected).
    public var selected: Int
    /// Index of the first visible row.
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// The selection within `0..<count` and the offset keeping it visible in `visible` rows.
    public func clamped(count: Int, visible: Int) -> ListState {
        guard count > 0 else { return ListState() }
        let rows = max(1, visible)
        let selected = min(max(0, self.selected), count - 1)
        var offset = min(max(0, self.offset), max(0, count - rows))
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        return ListState(selected: selected, offset: offset)
    }

    public func moved(by delta: Int, count: Int, visible: Int) -> ListState {
        var copy = self
        copy.selected += delta
        return copy.clamped(count: count, visible: visible)
    }

    /// The selected index if the list has rows.
    public func selection(count: Int) -> Int? {
        count > 0 ? min(max(0, selected), count - 1) : nil
    }
}
