import ArgumentParser

/// A failure the command reports itself: the message goes to standard error (sanitised, since it
/// may quote data), then the process exits with the sysexits code.
struct CLIFailure: Error {
    var lines: [String]
    var exitCode: Int32

    init(_ message: String, exitCode: Int32) {
        self.lines = [message]
        self.exitCode = exitCode
    }

    init(lines: [String], exitCode: Int32) {
        self.lines = lines
        self.exitCode = exitCode
    }

    static func usage(_ message: String) -> CLIFailure { CLIFailure(message, exitCode: ExitStatus.usage) }
}
