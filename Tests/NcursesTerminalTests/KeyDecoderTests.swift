@preconcurrency import CNcursesw
import NcursesTerminal
import TerminalCanvas
import Testing

/// The raw codes the end-to-end tests cannot type through tmux (LF, ^H, DEL, NUL, C1...).
@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(13), Key.enter), (10, .enter), (27, .escape), (9, .tab), (127, .backspace), (8, .backspace),
        (1, .control("a")), (3, .control("c")), (26, .control("z")), (0, .unknown(0)), (28, .unknown(28)),
        (0x85, .unknown(0x85)), (0x20, .character(" ")), (0x259, .character("ə")), (0x1F600, .character("😀")),
        (0x301, .character("\u{301}")),
    ])
    func characterCodes(code: UInt32, key: Key) {
        #expect(KeyDecoder.decode(code: code, isFunctionKey: false) == .key(key))
    }

    @Test func functionKeyCodes() {
        func decode(_ code: Int32) -> KeyDecoder.Input { KeyDecoder.decode(code: UInt32(code), isFunctionKey: true) }
        #expect(decode(KEY_BACKSPACE) == .key(.backspace))
        #expect(decode(KEY_ENTER) == .key(.enter))
        #expect(decode(KEY_F0 + 1) == .key(.function(1)))
        #expect(decode(KEY_F0 + 12) == .key(.function(12)))
        #expect(decode(KEY_F0 + 13) == .key(.unknown(KEY_F0 + 13)))
        #expect(decode(KEY_RESIZE) == .resize)
        #expect(decode(KEY_MOUSE) == .key(.unknown(KEY_MOUSE)))
    }
}
