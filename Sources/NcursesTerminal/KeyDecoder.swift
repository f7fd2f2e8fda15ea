@preconcurrency import CNcursesw
import TerminalCanvas

/// Turns what `wget_wch` returned into a `Key`. Pure, so the table can be tested without a
/// terminal. The codes were measured in tmux with TERM=tmux-256color, raw, nonl and keypad on
/// (../shared/notes/swift-ncursesw.md §7).
public enum KeyDecoder {
    /// One decoded input: a key, or ncurses' own KEY_RESIZE.
    public enum Input: Sendable, Equatable {
        case key(Key)
        case resize
    }

    /// Decodes `code` as returned by `wget_wch`: `isFunctionKey` is true for `KEY_CODE_YES`.
    public static func decode(code: UInt32, isFunctionKey: Bool) -> Input {
        isFunctionKey ? decodeFunctionKey(Int32(bitPattern: code)) : .key(decodeCharacter(code))
    }

    static func decodeFunctionKey(_ code: Int32) -> Input {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        // keypad maps kbs (^?) to KEY_BACKSPACE; the raw bytes are handled below too.
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_RESIZE: return .resize
        case adex_key_f(1)...adex_key_f(12): return .key(.function(Int(code - adex_key_f(0))))
        default: return .key(.unknown(code))
        }
    }

    static func decodeCharacter(_ code: UInt32) -> Key {
        switch code {
        // nonl() makes Enter arrive as CR; LF comes from Ctrl-J or a terminal without nonl.
        case 13, 10: return .enter
        case 27: return .escape
        case 9: return .tab
        case 127, 8: return .backspace
        // Raw mode delivers Ctrl-C and Ctrl-Z as bytes 3 and 26 instead of signals.
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(code), isPrintable(scalar) else {
                return .unknown(Int32(bitPattern: code))
            }
            return .character(Character(scalar))
        }
    }

    /// Controls (C0, DEL, C1), unpaired surrogates and unassigned code points are not text.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .surrogate, .unassigned, .privateUse: false
        default: true
        }
    }
}
