import CNcurses
import ConsoleModel

/// Turns what ncurses reads into `Key`s. ncurses is asked for no key codes of its own
/// (keypad off): escape sequences are read by `EscapeSequence`, the same under any `TERM`.
enum KeyDecoder {
    /// A key, a resize, or nil for a code that is neither.
    static func decode(isKeyCode: Bool, code: Int32) -> InputEvent? {
        if isKeyCode { return code == KEY_RESIZE ? .resized : nil }
        guard code >= 0, let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
        return key(scalar).map(InputEvent.key)
    }

    /// The key of one scalar typed on its own: control codes are Ctrl with a letter.
    static func key(_ scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 9: .tab
        case 10, 13: .enter
        case 27: .escape
        case 8, 127: .backspace
        case 1...26: .ctrl(.char(Character(Unicode.Scalar(UInt8(scalar.value + 96)))))
        case 0..<32: nil
        default: .char(Character(scalar))
        }
    }
}
