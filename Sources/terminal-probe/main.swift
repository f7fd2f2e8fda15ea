import Foundation
import NcursesTerminal
import TerminalCanvas

// terminal-probe: a tiny full-screen program that exercises NcursesBackend for the end-to-end
// tests in tmux. Keys: q quits (0, printing how many bytes the backend wrote), Ctrl-C quits (130), Ctrl-Z suspends, m moves the selection,
// b cycles the buffer size (the terminal's, larger, smaller).
// Signals restore the terminal and re-raise (143, 129, 130); end of input exits 0.

let backend: NcursesBackend
do {
    backend = try NcursesBackend.start(environment: ProcessInfo.processInfo.environment)
} catch {
    FileHandle.standardError.write(Data("terminal-probe: \(error.reason)\n".utf8))
    exit(error.exitCode)
}

// --tick-ms N: wait at most N ms for an event (then `.tick`); default: wait forever.
var tick: Double?
if let index = CommandLine.arguments.firstIndex(of: "--tick-ms"), index + 1 < CommandLine.arguments.count,
   let milliseconds = Double(CommandLine.arguments[index + 1]) {
    tick = milliseconds / 1000
}

var screen = ProbeScreen()
while true {
    let terminal = backend.size
    let size = screen.bufferSize(columns: terminal.columns, lines: terminal.lines)
    backend.draw(screen.render(columns: size.columns, lines: size.lines, terminal: terminal, bytes: backend.bytesWritten))
    let event = backend.nextEvent(timeout: tick)
    screen.events += 1
    switch event {
    case .key(.character("q")):
        backend.shutdown()
        // After the terminal is restored, so it follows everything the backend wrote: a test
        // reading the terminal's byte stream knows where the backend's output ends.
        print("terminal-probe wrote \(backend.bytesWritten) bytes")
        exit(0)
    case .key(.control("c")):
        backend.shutdown()
        exit(130)
    case .key(.control("z")):
        screen.last = Key.control("z").description
        backend.suspend()
    case .key(.character("m")):
        screen.last = "m"
        screen.selection += 1
    case .key(.character("b")):
        screen.last = "b"
        screen.sizeMode = (screen.sizeMode + 1) % 3
    case .key(let key):
        screen.last = key.description
    case .resize(let columns, let lines):
        screen.last = "resize \(columns)x\(lines)"
    case .signal(let signal):
        backend.shutdown()
        NcursesBackend.reraise(signal)
    case .endOfInput:
        backend.shutdown()
        exit(0)
    case .tick:
        screen.last = "tick"
    }
}
