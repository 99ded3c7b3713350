/// Which key runs which command. Help is generated from it and read-only mode removes the
/// commands that change orders, so what the user sees is always what the keys do.
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
        (.enter, .open), (.char("r"), .refresh), (.char("?"), .help), (.char("q"), .quit),
        (.char("A"), .switchAccount),
        (.char("n"), .newDraft), (.char("a"), .addItem), (.char("d"), .deleteItem), (.char("p"), .place),
        (.char("x"), .cancel), (.char("e"), .editFields),
    ])

    public func command(for key: Key) -> Command? {
        bindings.first { $0.key == key }?.command
    }

    /// The keys bound to a command, in binding order.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.map(\.key)
    }

    /// The same keymap without any command that changes orders.
    public func readOnly() -> Keymap {
        Keymap(bindings: bindings.filter { !$0.command.changesOrders })
    }

    /// One line per command, in keymap order: what the help overlay shows.
    public var helpLines: [(keys: String, title: String)] {
        var seen: [Command] = []
        for binding in bindings where !seen.contains(binding.command) { seen.append(binding.command) }
        return seen.map { command in
            (keys(for: command).map(\.label).joined(separator: " "), command.title)
        }
    }
}
