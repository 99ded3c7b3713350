/// A key press, already decoded from the terminal: what the reducer and keymap see.
public enum Key: Hashable, Sendable {
    case char(Character)
    case enter, escape, tab, backTab, backspace
    case up, down, left, right, pageUp, pageDown, home, end

    /// Reads a key as a config file names it: one character, or a name such as `Enter`, `S-Tab`, `PgDn`.
    public init?(configName: String) {
        let named: [String: Key] = [
            "enter": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
            "backspace": .backspace, "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp,
            "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "space": .char(" "),
        ]
        if configName.count == 1, let character = configName.first {
            self = .char(character)
        } else if let key = named[configName.lowercased()] {
            self = key
        } else {
            return nil
        }
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
        }
    }
}
