import ConsoleModel

/// The short key hints of the status bar, from the keymap in force and what the account can
/// ever do (`Availability.ever`), so neither read-only mode nor a provider that cannot do it
/// advertises a key that does nothing.
enum StatusBarHints {
    /// In screen order.
    private static let shown: [(Command, String)] = [
        (.nextPane, "pane"), (.open, "open"), (.newDraft, "new"), (.addItem, "add"), (.deleteItem, "delete"),
        (.place, "place"), (.cancel, "cancel"), (.operations, "actions"), (.switchAccount, "account"), (.refresh, "refresh"),
        (.help, "help"), (.quit, "quit"),
    ]

    /// Which hints stay when the bar is too narrow for all: help and quit always.
    private static let priority: [Command] = [
        .help, .quit, .place, .newDraft, .addItem, .open, .deleteItem, .nextPane, .cancel, .operations, .switchAccount, .refresh,
    ]

    /// The hints that fit in `width` cells, each taking its key, a space, its title and two spaces.
    static func hints(_ keymap: Keymap, account: AccountSummary, width: Int) -> [(key: String, title: String)] {
        let available = shown.filter { Availability.ever($0.0, on: account).isAvailable }.compactMap { command, title in
            keymap.keys(for: command).first.map { (command: command, key: $0.label, title: title) }
        }
        var kept: Set<Command> = []
        var used = 1
        for command in priority {
            guard let hint = available.first(where: { $0.command == command }) else { continue }
            let cost = hint.key.count + hint.title.count + 3
            if used + cost <= width {
                kept.insert(command)
                used += cost
            }
        }
        return available.filter { kept.contains($0.command) }.map { ($0.key, $0.title) }
    }
}
