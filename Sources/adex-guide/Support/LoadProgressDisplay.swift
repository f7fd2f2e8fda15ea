#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation
import GuideFairs

/// Draws `LoadProgressLine` on a terminal while a folder of fair files loads, from one place (a
/// timer on its own queue, ten times a second), starting only when the load has taken 0.2 s (a
/// quick load shows nothing), and erases it before the first frame or the command's output.
///
/// Only on a terminal: output redirected to a file or a pipe (tests, scripts) never gets it.
/// Ctrl-C during the load erases the line before the process dies, so the shell's prompt starts
/// on a clean line; the previous signal handling is put back when the load ends.
final class LoadProgressDisplay: @unchecked Sendable {
    /// Redraw period and the delay before the first line.
    static let period = DispatchTimeInterval.milliseconds(100)
    static let delay = DispatchTimeInterval.milliseconds(200)

    private let progress: FairLoadProgress
    private let descriptor: Int32
    /// Every field below is touched only on this queue.
    private let queue = DispatchQueue(label: "adex-guide.load-progress")
    private var timer: DispatchSourceTimer?
    private var drawn = false
    private var previousActions: [(signal: Int32, action: sigaction)] = []

    /// Starts drawing on `descriptor` (when it is a terminal; otherwise the display does nothing).
    init(progress: FairLoadProgress, descriptor: Int32) {
        self.progress = progress
        self.descriptor = descriptor
        guard isatty(descriptor) == 1 else { return }
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + Self.delay, repeating: Self.period)
        timer.setEventHandler { [unowned self] in draw() }
        queue.sync {
            self.timer = timer
            installSignalHandlers()
        }
        timer.resume()
    }

    /// Stops drawing and erases the line; call before anything else is written to the terminal.
    func finish() {
        queue.sync {
            timer?.cancel()
            timer = nil
            if drawn {
                write(Self.erase)
                Self.lineOnScreen = -1
            }
            drawn = false
            for (signal, action) in previousActions {
                var old = action
                sigaction(signal, &old, nil)
            }
            previousActions = []
        }
    }

    deinit {
        timer?.cancel()
    }

    private func draw() {
        let line = LoadProgressLine.text(progress.snapshot, width: Self.columns(of: descriptor))
        write("\r" + line + "\u{1B}[K")
        drawn = true
        Self.lineOnScreen = descriptor
    }

    private func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// Carriage return and erase to the end of the line.
    static let erase = "\r\u{1B}[K"

    /// The terminal's width, or 80 when it cannot say.
    static func columns(of descriptor: Int32) -> Int {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    // MARK: Signals

    /// The descriptor a progress line is on, for the signal handler (-1: none). Written on the
    /// display's queue, read by the handler: a word-sized store, and the worst a race costs is one
    /// erase too many or too few.
    nonisolated(unsafe) static var lineOnScreen: Int32 = -1

    /// `SIG_IGN`'s value (a macro Swift cannot compare as a function pointer).
    private static let ignoredHandler = 1

    private static let interruptions: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    private func installSignalHandlers() {
        for signal in Self.interruptions {
            var old = sigaction()
            guard sigaction(signal, nil, &old) == 0 else { continue }
            // A signal already ignored (nohup, a background job) stays ignored.
            if unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self) == Self.ignoredHandler { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                // Only async-signal-safe calls: write, the default action back, raise it again.
                let line = LoadProgressDisplay.lineOnScreen
                if line >= 0 {
                    let bytes: (UInt8, UInt8, UInt8, UInt8) = (0x0D, 0x1B, 0x5B, 0x4B)
                    withUnsafeBytes(of: bytes) { _ = Glibc.write(line, $0.baseAddress, 4) }
                }
                Glibc.signal(signal, SIG_DFL)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            guard sigaction(signal, &action, nil) == 0 else { continue }
            previousActions.append((signal, old))
        }
    }
}
