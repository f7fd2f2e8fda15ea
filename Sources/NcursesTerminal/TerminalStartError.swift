/// Why the full-screen interface could not start, with the sysexits code to leave with: 69 when
/// stdin/stdout is not a terminal (EX_UNAVAILABLE), 64 when the terminal type is unknown or
/// unusable (EX_USAGE: the user can fix TERM), 71 when the operating system refused a resource.
/// The caller prints `reason` itself, so curses never kills the process with its own message.
public struct TerminalStartError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var exitCode: Int32

    public init(reason: String, exitCode: Int32) {
        self.reason = reason
        self.exitCode = exitCode
    }

    public var description: String { reason }
}
