import ConsoleModel

/// The short key hints of the status bar, from the keymap in force (so read-only mode
/// never advertises a key that does nothing).
enum StatusBarHints {
    private static let shown: [(Command, String)] = [
        (.nextPane, "pane"), (.open, "open"), (.newDraft, "new"), (.addItem, "add"), (.deleteItem, "delete"),
        (.place, "place"), (.refresh, "refresh"), (.help, "help"), (.quit, "quit"),
    ]

    static func hints(_ keymap: Keymap) -> [(key: String, title: String)] {
        shown.compactMap { command, title in
            keymap.keys(for: command).first.map { ($0.label, title) }
        }
    }
}
