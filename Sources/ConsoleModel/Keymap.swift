/// Which key runs which command. Help is generated from it (`HelpLines`), so what the user
/// sees is always what the keys do.
///
/// It lives beside the reducer (not in TerminalUI) because the reducer resolves keys and
/// builds the help overlay from it.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [(key: Key, command: Command)]

    public static func == (lhs: Keymap, rhs: Keymap) -> Bool {
        lhs.bindings.map(\.key) == rhs.bindings.map(\.key) && lhs.bindings.map(\.command) == rhs.bindings.map(\.command)
    }

    public init(bindings: [(key: Key, command: Command)]) {
        self.bindings = bindings
    }

    public static let standard = Keymap(bindings: [
        (.tab, .nextPane), (.backTab, .previousPane),
        (.char("k"), .moveUp), (.up, .moveUp), (.char("j"), .moveDown), (.down, .moveDown),
        (.pageUp, .pageUp), (.pageDown, .pageDown), (.char("g"), .top), (.home, .top),
        (.char("G"), .bottom), (.end, .bottom),
        (.enter, .open), (.char("/"), .filter), (.char(":"), .commandLine), (.char("s"), .sortNext),
        (.char("S"), .sortReverse), (.char("r"), .refresh), (.char("Z"), .pauseRefresh), (.char("?"), .help), (.char("m"), .messages), (.char("q"), .quit),
        (.char("A"), .switchAccount),
        (.char("n"), .newDraft), (.char("a"), .addItem), (.char("d"), .deleteItem), (.char("p"), .place),
        (.char("x"), .cancel), (.char("e"), .editFields), (.char("o"), .operations),
    ])

    /// The keymap with `[keys]` overrides from the config (action name → key). Each named
    /// action gets exactly the given key. Unknown actions or keys, and a key that would run
    /// two actions, are refused with one line naming them.
    public func overriding(_ overrides: [String: String]) throws(KeymapError) -> Keymap {
        var bindings = self.bindings
        for (name, keyText) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let command = Command.allCases.first(where: { $0.configName == name }) else {
                throw KeymapError(message: "[keys] \(name): no such action; actions are \(Command.allCases.map(\.configName).joined(separator: ", "))")
            }
            guard let key = Key(configName: keyText) else {
                throw KeymapError(message: "[keys] \(name) = \"\(keyText)\": not a key; use one character or Enter, Esc, Tab, S-Tab, Space, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home, End")
            }
            bindings.removeAll { $0.command == command }
            bindings.append((key, command))
        }
        for (index, binding) in bindings.enumerated() {
            if let other = bindings[(index + 1)...].first(where: { $0.key == binding.key && $0.command != binding.command }) {
                throw KeymapError(message: "[keys]: \(binding.key.label) would run both \(binding.command.configName) and \(other.command.configName); bind one of them to another key")
            }
        }
        return Keymap(bindings: bindings)
    }

    public func command(for key: Key) -> Command? {
        bindings.first { $0.key == key }?.command
    }

    /// The keys bound to a command, in binding order.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.map(\.key)
    }
}
