/// The seam between the pure guide and a real terminal. The run loop is generic over it, so the
/// whole program can run against a fake terminal in tests and against ncurses for real.
public protocol TerminalBackend: AnyObject {
    /// Current size in columns and lines.
    var size: (columns: Int, lines: Int) { get }

    /// Waits up to `timeout` seconds (nil: forever) for the next event.
    func nextEvent(timeout: Double?) -> TerminalEvent

    /// Shows `buffer`, drawing only what changed since the last frame, and parks the cursor.
    func draw(_ buffer: CellBuffer)

    /// Gives the terminal back to the shell while the process is stopped (Ctrl-Z), then takes it
    /// again and redraws everything on resume.
    func suspend()

    /// Restores the terminal for good. Safe to call more than once.
    func shutdown()

    /// Bytes written to the terminal so far (for benchmarks of output volume).
    var bytesWritten: Int { get }
}
