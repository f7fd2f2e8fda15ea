@preconcurrency import Glibc

/// The write end of the self-pipe, read by the signal handler. A C function pointer cannot
/// capture context, so it has to be a global; the handler only reads it, and it is changed only
/// while the handlers are not installed.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// The self-pipe trick: the handler only writes the signal number into a pipe (saving errno), and
/// the run loop's `poll` sees it next to stdin. Nothing that is not async-signal-safe (endwin,
/// Swift allocation, print) runs in the handler. DispatchSource is not used: its handler inherits
/// the main actor's isolation and traps on a global queue, and libdispatch's own sigaction stops
/// SIGTERM from killing the process even at SIG_DFL (notes §3).
final class SignalPipe {
    /// The signals that end the guide: the backend turns them into events, and one ignored on
    /// entry (nohup, a background job) stays ignored.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The signals written into the pipe. Installed before `newterm`, so ncurses sees
    /// non-default handlers and leaves them alone (its own SIGINT/SIGTERM handler hides the
    /// signal in an exit status of 1, it has none for SIGHUP, and its SIGTSTP handler calls
    /// endwin inside the handler). SIGTSTP comes from `kill -TSTP`, a job-control shell or a
    /// multiplexer (raw mode means the terminal itself never sends it): the backend then
    /// suspends exactly as for Ctrl-Z. SIGCONT without a stop of our own means someone else
    /// stopped us (SIGSTOP cannot be caught) and the screen must be taken back and repainted.
    /// SIGTTIN and SIGTTOU keep their default (stop): a guide continued in the background stops
    /// again at its first terminal mode change, before drawing, until `fg`.
    static let handled: [Int32] = terminating + [SIGWINCH, SIGTSTP, SIGCONT]

    let readEnd: Int32
    private let writeEnd: Int32
    private var previous: [(Int32, sigaction)] = []
    private var closed = false
    /// False when SIGTSTP was ignored on entry (no job control wanted): then nothing stops us.
    private var mayStop = true

    /// Creates the pipe and installs the handlers. Only one instance may be live at a time.
    init() throws(TerminalStartError) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else {
            throw TerminalStartError(reason: "could not create the signal pipe (\(String(cString: strerror(errno))))", exitCode: 71)
        }
        for fd in fds {
            // Non-blocking: a burst of signals must never block the handler or the reader.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readEnd = fds[0]
        writeEnd = fds[1]
        signalPipeWriteEnd = writeEnd
        for signal in Self.handled {
            var current = sigaction()
            sigaction(signal, nil, &current)
            // A terminating signal ignored on entry (nohup, a background job) stays ignored, and
            // so does SIGTSTP (no job control wanted): then nothing stops us.
            if Self.terminating.contains(signal) || signal == SIGTSTP,
               unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 1 {
                if signal == SIGTSTP { mayStop = false }
                continue
            }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                let savedErrno = errno
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipeWriteEnd, &byte, 1)
                errno = savedErrno
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous.append((signal, old))
        }
    }

    /// Stops the process as Ctrl-Z does in a cooked terminal, and returns once it is continued.
    /// Our own handler is put back before returning; the SIGCONT that continued us is in the
    /// pipe by then (or follows shortly, when another thread took it).
    ///
    /// SIGTSTP at its default action rather than SIGSTOP: the kernel discards SIGTSTP in an
    /// orphaned process group (no job-control shell to `fg` us, e.g. a program started by
    /// `sh -c` in a tmux pane), so we simply carry on, where SIGSTOP would stop the process for
    /// good. `raise` sends it to this thread, so it is handled before `raise` returns.
    func stopProcess() {
        guard mayStop, !closed else { return }
        var stopAction = sigaction()
        stopAction.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stopAction.sa_mask)
        var ours = sigaction()
        sigaction(SIGTSTP, &stopAction, &ours)
        var unblock = sigset_t()
        var savedMask = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &unblock, &savedMask)
        raise(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &savedMask, nil)
        sigaction(SIGTSTP, &ours, nil)
    }

    /// Every signal number written since the last call, oldest first.
    func drain() -> [Int32] {
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readEnd, &buffer, buffer.count)
            if count > 0 {
                signals += buffer[0..<count].map { Int32($0) }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return signals
            }
        }
    }

    /// Puts back the dispositions found at start-up, then closes the pipe. Idempotent.
    func close() {
        guard !closed else { return }
        closed = true
        for (signal, old) in previous.reversed() {
            var action = old
            sigaction(signal, &action, nil)
        }
        previous = []
        signalPipeWriteEnd = -1
        _ = Glibc.close(readEnd)
        _ = Glibc.close(writeEnd)
    }
}
