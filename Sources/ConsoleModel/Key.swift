/// A key press, already decoded from the terminal: what the reducer and keymap see.
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter, escape, tab, backTab, backspace
    case up, down, left, right, pageUp, pageDown, home, end
    case delete, insert
    /// F1…F12.
    case function(Int)
    /// A key with Ctrl held: `ctrl(.char("u"))` is Ctrl-U, `ctrl(.left)` Ctrl-←.
    indirect case ctrl(Key)
    /// A key with Alt (Meta) held, or typed after Esc as terminals send it.
    indirect case alt(Key)

    /// Reads a key as a config file names it: one character, a name such as `Enter`,
    /// `S-Tab`, `PgDn`, `Del`, `F5`, or either with `C-` (Ctrl) or `M-`/`A-` (Alt) before it.
    public init?(configName: String) {
        let named: [String: Key] = [
            "enter": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
            "backspace": .backspace, "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp,
            "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "space": .char(" "),
            "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert,
        ]
        if configName.count == 1, let character = configName.first {
            self = .char(character)
        } else if let key = named[configName.lowercased()] {
            self = key
        } else if configName.count > 2, let modifier = configName.lowercased().first, configName.dropFirst().first == "-",
                  let key = Key(configName: String(configName.dropFirst(2))) {
            switch modifier {
            case "c": self = .ctrl(key.lowercased)
            case "m", "a": self = .alt(key)
            default: return nil
            }
        } else if configName.lowercased().hasPrefix("f"), let number = Int(configName.dropFirst()), (1...12).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }

    /// Ctrl-U and Ctrl-u are one key: terminals send the same byte for both.
    private var lowercased: Key {
        if case .char(let character) = self { return .char(Character(character.lowercased())) }
        return self
    }

    /// How help and the status bar print the key.
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let character): String(character)
        case .enter: "↵"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "⌫"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .delete: "Del"
        case .insert: "Ins"
        case .function(let number): "F\(number)"
        case .ctrl(let key): "C-" + key.label
        case .alt(let key): "M-" + key.label
        }
    }
}
