import TerminalCanvas

/// A terminal in memory: it plays back a script of events and records every frame, so the real
/// run loop can be tested without a terminal.
public final class FakeTerminal: TerminalBackend {
    public private(set) var size: (columns: Int, lines: Int)
    public private(set) var frames: [CellBuffer] = []
    public private(set) var suspendCount = 0
    public private(set) var isShutDown = false
    public private(set) var bytesWritten = 0
    private var script: [TerminalEvent]
    private var delivered = 0
    /// Called with the number of the event about to be returned (0-based), for tests that need
    /// something to happen between two events.
    public var beforeEvent: ((Int) -> Void)?

    public init(columns: Int = 80, lines: Int = 24, events: [TerminalEvent]) {
        size = (columns, lines)
        script = events
    }

    public func nextEvent(timeout: Double?) -> TerminalEvent {
        guard !script.isEmpty else { return .endOfInput }
        beforeEvent?(delivered)
        delivered += 1
        let event = script.removeFirst()
        if case .resize(let columns, let lines) = event { size = (columns, lines) }
        return event
    }

    public func draw(_ buffer: CellBuffer) {
        bytesWritten += buffer.changes(since: frames.last).count
        frames.append(buffer)
    }

    public func suspend() { suspendCount += 1 }

    public func shutdown() { isShutDown = true }

    /// The last frame as text.
    public var screen: String { frames.last?.text ?? "" }

    /// Keys for a string typed literally.
    public static func typing(_ text: String) -> [TerminalEvent] { text.map { .key(.character($0)) } }
}
