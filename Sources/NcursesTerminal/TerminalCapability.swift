@preconcurrency import CNcursesw
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Whether this process can run a full-screen curses interface, checked *before* any curses
/// screen is created: `initscr` exits the process with its own message when TERM is unknown, and
/// happily writes escape codes into a pipe or log file.
public enum TerminalCapability: Sendable, Equatable {
    /// Ready: the terminal type and its size.
    case usable(term: String, columns: Int, lines: Int)
    /// Not usable, with a sentence for the user and the sysexits code to leave with.
    case unusable(reason: String, exitCode: Int32)

    /// Checks stdin/stdout, the locale's character set and the terminal description. Sets the
    /// locale from the environment (falling back to C.UTF-8 when it is not UTF-8 but C.UTF-8
    /// exists), because ncursesw draws non-ASCII as blanks in a C locale.
    public static func probe(environment: [String: String]) -> TerminalCapability {
        guard isatty(STDOUT_FILENO) == 1 else {
            return .unusable(reason: "standard output is not a terminal (the interactive guide needs one; use a subcommand such as 'adex-guide info' for plain output)", exitCode: 69)
        }
        guard isatty(STDIN_FILENO) == 1 else {
            return .unusable(reason: "standard input is not a terminal (the interactive guide reads keys from it)", exitCode: 69)
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            return .unusable(reason: "TERM is not set, so the terminal type is unknown (try TERM=xterm-256color)", exitCode: 64)
        }
        if !ensureUTF8Locale() {
            return .unusable(reason: "the locale's character set is not UTF-8 and C.UTF-8 is not installed (set LANG=C.UTF-8)", exitCode: 64)
        }
        var status: Int32 = 0
        let result = term.withCString { setupterm($0, STDOUT_FILENO, &status) }
        guard result == OK else {
            let why = status == 0 ? "is not in the terminfo database" : "could not be read from the terminfo database"
            return .unusable(reason: "terminal type \"\(term)\" \(why) (try TERM=xterm-256color)", exitCode: 64)
        }
        defer { _ = del_curterm(cur_term) }
        guard adex_has_string_capability("cup") != 0 else {
            return .unusable(reason: "terminal type \"\(term)\" cannot move the cursor (a full-screen terminal is needed)", exitCode: 64)
        }
        let size = currentSize()
        return .usable(term: term, columns: size.columns, lines: size.lines)
    }

    /// The size of the terminal on stdout, or 80x24 when it cannot be read.
    public static func currentSize() -> (columns: Int, lines: Int) {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        return (80, 24)
    }

    /// Makes LC_ALL follow the environment; if that is not UTF-8, tries C.UTF-8.
    static func ensureUTF8Locale() -> Bool {
        _ = setlocale(LC_ALL, "")
        if isUTF8(String(cString: adex_codeset())) { return true }
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { return false }
        return isUTF8(String(cString: adex_codeset()))
    }

    private static func isUTF8(_ codeset: String) -> Bool {
        let normalised = codeset.lowercased().replacingOccurrences(of: "-", with: "")
        return normalised == "utf8"
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
