@preconcurrency import CNcursesw
@preconcurrency import Glibc
import TerminalCanvas

/// The real terminal: the only type that calls ncurses. It sets the terminal up and restores it,
/// reads keys and signals as `TerminalEvent`s, and draws `CellBuffer`s with the wide-character
/// API. It is used from one thread (the run loop); it is not Sendable.
///
/// Measured behaviour this design relies on is in ../shared/notes/swift-ncursesw.md.
public final class NcursesBackend: TerminalBackend {
    private let screen: OpaquePointer
    /// A 1x1 pad that keys are read from. `wget_wch` on stdscr would call `wrefresh` whenever the
    /// window was touched (after `resizeterm`, say) and write a frame nobody asked for; on a pad
    /// it never refreshes.
    private let input: UnsafeMutablePointer<WINDOW>
    private let signals: SignalPipe
    private var colors: ColorPairs
    private var counter: OutputCounter
    /// The last buffer drawn; nil forces a full redraw (first frame, after resize or resume).
    private var previous: CellBuffer?
    /// Events read but not yet returned: one read can bring several keys (a paste, typeahead).
    private var pending: [TerminalEvent] = []
    private var pendingHead = 0
    private var inputEnded = false
    private var isShutDown = false
    /// Signals that arrived while the process was stopped, handled once it runs again (the
    /// SIGCONT that resumed it and a SIGTSTP that came while stopped are left out: the resume
    /// has already repainted).
    private var signalsWhileStopped: [Int32] = []
    private var lastKnownSize: (columns: Int, lines: Int)

    /// A stdin that polls readable but gives no key this many times in a row is treated as gone,
    /// so a broken terminal can never make the loop spin.
    private static let emptyReadLimit = 32
    private var emptyReads = 0

    private init(screen: OpaquePointer, input: UnsafeMutablePointer<WINDOW>, signals: SignalPipe,
                 colors: ColorPairs, counter: OutputCounter) {
        self.screen = screen
        self.input = input
        self.signals = signals
        self.colors = colors
        self.counter = counter
        lastKnownSize = TerminalCapability.currentSize()
    }

    deinit { shutdown() }

    // MARK: - Start and stop

    /// Takes over the terminal, or explains why it cannot (the caller prints `reason` and exits
    /// with `exitCode`). Order matters (notes §4): the capability probe sets the locale and
    /// refuses non-terminals and unknown TERMs before curses can print its own error or write
    /// escapes into a file; the signal handlers go in before `newterm` so ncurses keeps its hands
    /// off SIGINT/SIGTERM/SIGWINCH.
    public static func start(environment: [String: String]) throws(TerminalStartError) -> NcursesBackend {
        let term: String
        switch TerminalCapability.probe(environment: environment) {
        case .unusable(let reason, let exitCode):
            throw TerminalStartError(reason: reason, exitCode: exitCode)
        case .usable(let name, _, _):
            term = name
        }
        // Anything the program printed must reach the terminal before curses takes it over.
        fflush(stdout)
        let signals = try SignalPipe()
        var counter = OutputCounter()
        // ncurses writes with write(2) on fileno(stdout) itself (see OutputCounter for why no
        // counting FILE stream is used).
        let screen = counter.counting { term.withCString { newterm($0, stdout, stdin) } }
        guard let screen else {
            signals.close()
            throw TerminalStartError(reason: "curses could not start on terminal type \"\(term)\"", exitCode: 69)
        }
        // Raw: Ctrl-C, Ctrl-Z and Ctrl-S arrive as keys, so the app decides and restores first.
        raw()
        noecho()
        // nonl: Enter arrives as CR (13), and ncurses may use LF for cursor movement.
        nonl()
        // 25 ms is plenty for a local or SSH terminal to deliver an escape sequence in one go.
        set_escdelay(25)
        guard let input = newpad(1, 1) else {
            counter.counting { _ = endwin() }
            delscreen(screen)
            signals.close()
            throw TerminalStartError(reason: "curses could not create its input window", exitCode: 71)
        }
        counter.counting {
            _ = keypad(input, true)
            // Hidden, but still moved to the selected row so screen readers and braille follow.
            _ = curs_set(0)
        }
        _ = nodelay(input, true)

        // NO_COLOR (https://no-color.org): set and not empty means no colour at all.
        let colorWanted = (environment["NO_COLOR"] ?? "").isEmpty
        var colors = ColorPairs(enabled: false, defaultColorsAllowed: false, limit: 0)
        if colorWanted, has_colors(), start_color() == OK {
            let defaults = use_default_colors() == OK
            colors = ColorPairs(enabled: true, defaultColorsAllowed: defaults, limit: Int(COLOR_PAIRS))
        }
        return NcursesBackend(screen: screen, input: input, signals: signals, colors: colors, counter: counter)
    }

    /// Restores the terminal (normal screen, visible cursor, cooked mode), frees curses and puts
    /// the signal dispositions back. Safe to call more than once and from `deinit`.
    public func shutdown() {
        guard !isShutDown else { return }
        lastKnownSize = size
        isShutDown = true
        counter.counting { _ = endwin() }
        delwin(input)
        delscreen(screen)
        signals.close()
        previous = nil
    }

    /// For the app after `shutdown()` on a `.signal(n)` event: dies of the same signal, so the
    /// parent sees the real cause (a shell shows 128+n: 130, 143, 129) rather than a plain exit.
    public static func reraise(_ signal: Int32) -> Never {
        _ = Glibc.signal(signal, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
        // Only reached for a signal whose default action does not terminate.
        _exit(128 + signal)
    }

    // MARK: - TerminalBackend

    public var size: (columns: Int, lines: Int) {
        guard !isShutDown, let window = stdscr else { return lastKnownSize }
        return (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    public var bytesWritten: Int { counter.total }

    /// Waits for a key, a signal, the end of input or the timeout, whichever comes first.
    /// Terminating signals go ahead of keys already read.
    public func nextEvent(timeout: Double?) -> TerminalEvent {
        if let event = dequeue() { return event }
        guard !isShutDown, !inputEnded else { return .endOfInput }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now + .milliseconds(Int(max(0, $0) * 1000)) }
        while true {
            if !signalsWhileStopped.isEmpty {
                handleSignals()
                if let event = dequeue() { return event }
                continue
            }
            var wait: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline)
                let (seconds, attoseconds) = left.components
                wait = left <= .zero ? 0 : Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
            }
            var fds = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&fds, 2, wait)
            if ready < 0 {
                // A signal interrupted the wait: its byte is in the pipe for the next round.
                if errno == EINTR { continue }
                inputEnded = true
                return .endOfInput
            }
            if fds[1].revents & Int16(POLLIN) != 0 {
                handleSignals()
                if let event = dequeue() { return event }
                continue
            }
            let stdinEvents = fds[0].revents
            if stdinEvents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                inputEnded = true
                return .endOfInput
            }
            if stdinEvents & Int16(POLLIN) != 0 {
                // Readable with nothing to read is how a tty reports end of file or hang-up.
                var available: Int32 = 0
                if ioctl(STDIN_FILENO, UInt(FIONREAD), &available) != 0 || available == 0 {
                    inputEnded = true
                    return .endOfInput
                }
                readKeys(ignoringResize: false)
                if let event = dequeue() {
                    emptyReads = 0
                    return event
                }
                // An incomplete sequence can legitimately yield nothing, but not forever.
                emptyReads += 1
                if emptyReads >= Self.emptyReadLimit {
                    inputEnded = true
                    return .endOfInput
                }
                continue
            }
            if ready == 0 { return .tick }
        }
    }

    /// Draws what changed since the last frame and parks the cursor on `buffer.cursor`.
    /// ncurses diffs once more against what is on the screen (`doupdate`), so a frame where little
    /// changed costs few bytes; `clear()` is never called per frame (a full repaint, ~1.2 KB).
    public func draw(_ buffer: CellBuffer) {
        guard !isShutDown, let window = stdscr else { return }
        let lines = Int(getmaxy(window))
        let columns = Int(getmaxx(window))
        // Areas of the screen a smaller buffer does not cover must not keep an older frame.
        if previous?.width != buffer.width || previous?.height != buffer.height { werase(window) }
        var lastDrawn = -1
        for change in buffer.changes(since: previous) {
            var x = change.x
            var cell = change.cell
            if cell.isContinuation {
                // Only the second half of a wide character changed (its style, say): the first
                // half is what ncurses draws, so redraw that.
                guard x > 0 else { continue }
                x -= 1
                cell = buffer[x, change.y]
            }
            let index = change.y * buffer.width + x
            guard index != lastDrawn else { continue }
            lastDrawn = index
            guard change.y < lines, x < columns else { continue }
            put(cell, x: x, y: change.y, columns: columns, window: window)
        }
        if let cursor = buffer.cursor, cursor.x >= 0, cursor.y >= 0,
           cursor.x < min(columns, buffer.width), cursor.y < min(lines, buffer.height) {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            wmove(window, 0, 0)
        }
        counter.counting {
            wnoutrefresh(window)
            _ = doupdate()
        }
        previous = buffer
    }

    /// Ctrl-Z or SIGTSTP: gives the terminal back to the shell, stops the process, and on `fg`
    /// takes the terminal again and repaints everything (the screen is whatever the shell left
    /// there).
    public func suspend() {
        guard !isShutDown else { return }
        counter.counting { _ = endwin() }
        // The shell sees a stopped job exactly as for Ctrl-Z in a cooked terminal. Without a
        // job-control shell this returns at once (see SignalPipe.stopProcess).
        signals.stopProcess()
        signalsWhileStopped += signals.drain().filter { $0 != SIGCONT && $0 != SIGTSTP }
        takeTerminalBack()
    }

    /// After a stop that was not ours (SIGSTOP from a debugger, a multiplexer or `kill`; the
    /// shell may have used the terminal and put it in cooked mode meanwhile): leaves program
    /// mode and enters it again, which restores raw mode and repaints everything. A SIGCONT
    /// with no stop at all costs one full repaint.
    private func resumeAfterForeignStop() {
        guard !isShutDown else { return }
        counter.counting { _ = endwin() }
        takeTerminalBack()
    }

    /// Back in program mode after `endwin`: the size checked, the last frame repainted in full,
    /// the keypad on.
    private func takeTerminalBack() {
        // A resize while stopped sends SIGWINCH to the shell (the foreground process group
        // then), not to us, so compare sizes here.
        let now = TerminalCapability.currentSize()
        if let window = stdscr, now.columns != Int(getmaxx(window)) || now.lines != Int(getmaxy(window)) {
            applyResize()
        }
        forceFullRedraw()
        counter.counting {
            // Back to program mode (raw, alternate screen) and the last frame repainted.
            if let window = stdscr { wnoutrefresh(window) }
            _ = doupdate()
            // endwin switched the keypad off (rmkx) and ncurses would only switch it back on
            // inside the next wget_wch, after the first key had already arrived in the wrong
            // mode (an arrow as ESC [ A). Measured: keypad_flag stayed 0 after `fg`.
            _ = keypad(input, true)
        }
    }

    // MARK: - Input

    private func dequeue() -> TerminalEvent? {
        guard pendingHead < pending.count else { return nil }
        let event = pending[pendingHead]
        pendingHead += 1
        if pendingHead == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingHead = 0
        }
        return event
    }

    /// Reads every key ncurses can give without waiting and queues them.
    private func readKeys(ignoringResize: Bool) {
        var code: wint_t = 0
        // A bound, in case a terminal streams input faster than it can be read.
        for _ in 0..<4096 {
            let status = wget_wch(input, &code)
            guard status != ERR else { return }
            switch KeyDecoder.decode(code: code, isFunctionKey: status == KEY_CODE_YES) {
            case .key(let key):
                pending.append(.key(key))
            case .resize:
                guard !ignoringResize else { continue }
                let now = size
                pending.append(.resize(columns: now.columns, lines: now.lines))
            }
        }
    }

    /// Acts on the signals in the pipe (and those kept from a stop): terminating ones become
    /// events ahead of any keys; SIGWINCH resizes; SIGTSTP suspends as Ctrl-Z does, unless the
    /// guide is quitting anyway; SIGCONT without a stop of ours takes the terminal back.
    private func handleSignals() {
        let arrived = signalsWhileStopped + signals.drain()
        signalsWhileStopped = []
        var terminating: [TerminalEvent] = []
        var resized = false
        var stopRequested = false
        var continued = false
        for signal in arrived {
            switch signal {
            case SIGWINCH: resized = true
            case SIGTSTP: stopRequested = true
            case SIGCONT: continued = true
            default:
                if !terminating.contains(.signal(signal)) { terminating.append(.signal(signal)) }
            }
        }
        if resized { applyResize() }
        if !terminating.isEmpty {
            pending.insert(contentsOf: terminating, at: pendingHead)
        } else if stopRequested {
            suspend()
        } else if continued {
            resumeAfterForeignStop()
        }
    }

    /// Takes the size from the terminal itself (ncurses' own SIGWINCH handler is not installed,
    /// since ours came first), forgets what is on the screen and queues `.resize`.
    private func applyResize() {
        let now = TerminalCapability.currentSize()
        counter.counting { _ = resizeterm(Int32(now.lines), Int32(now.columns)) }
        forceFullRedraw()
        let resized = size
        pending.append(.resize(columns: resized.columns, lines: resized.lines))
        // resizeterm queued a KEY_RESIZE of its own: swallow it (and keep any real keys).
        readKeys(ignoringResize: true)
    }

    private func forceFullRedraw() {
        if let screen = curscr { clearok(screen, true) }
        previous = nil
    }

    // MARK: - Drawing one cell

    private func put(_ cell: Cell, x: Int, y: Int, columns: Int, window: UnsafeMutablePointer<WINDOW>) {
        let width = max(1, Int(cell.width))
        var scalars = Array(cell.text.unicodeScalars)
        if scalars.isEmpty { scalars = [" "] }
        // ncurses places the character by glibc's wcwidth. If that disagrees with the buffer, or
        // a wide character would not fit, draw a stand-in of the buffer's width instead, so the
        // rest of the row stays where the buffer says it is.
        let baseWidth = Int(wcwidth(wchar_t(bitPattern: scalars[0].value)))
        var spill: Unicode.Scalar?
        if x + width > columns {
            scalars = [" "]
        } else if baseWidth != width {
            scalars = ["?"]
            spill = width == 2 ? " " : nil
        } else {
            // Only zero-width marks may follow the base, and a cchar_t holds CCHARW_MAX in all.
            // Never a joiner or an emoji presentation selector: terminals widen or merge cells on
            // them (TextSanitizer keeps them out of cells; a cell built by hand could hold one).
            let marks = scalars.dropFirst().filter { mark in
                mark.value != 0x200D && mark.value != 0xFE0E && mark.value != 0xFE0F
                    && wcwidth(wchar_t(bitPattern: mark.value)) == 0
            }
            scalars = Array(([scalars[0]] + marks).prefix(Int(adex_ccharw_max())))
        }
        var attributes: attr_t = 0
        if cell.style.bold { attributes |= adex_a_bold() }
        if cell.style.reverse { attributes |= adex_a_reverse() }
        if cell.style.underline { attributes |= adex_a_underline() }
        if cell.style.dim { attributes |= adex_a_dim() }
        let pair = colors.pair(foreground: cell.style.foreground, background: cell.style.background)
        addCharacter(scalars, attributes: attributes, pair: pair, x: x, y: y, window: window)
        if let spill {
            addCharacter([spill], attributes: attributes, pair: pair, x: x + 1, y: y, window: window)
        }
    }

    private func addCharacter(_ scalars: [Unicode.Scalar], attributes: attr_t, pair: Int16, x: Int, y: Int,
                              window: UnsafeMutablePointer<WINDOW>) {
        var wide = scalars.map { wchar_t(bitPattern: $0.value) } + [0]
        var character = cchar_t()
        guard setcchar(&character, &wide, attributes, pair, nil) == OK else { return }
        // ERR at the bottom-right corner only means the cursor could not advance; the character
        // is stored all the same.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
    }
}
