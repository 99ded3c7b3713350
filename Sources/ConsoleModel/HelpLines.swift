import Foundation

/// The help overlay's content, generated from the keymap as configured and the `:` commands,
/// grouped: what the user reads is always what the keys do, `[keys]` overrides included. It
/// lives beside the reducer so help scrolls to a bottom the reducer knows.
public enum HelpLines {
    static let groups: [(title: String, commands: [Command])] = [
        ("Move", [.nextPane, .previousPane, .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom]),
        ("Look", [.open, .filter, .sortNext, .sortReverse, .refresh, .pauseRefresh, .switchAccount, .messages,
                  .commandLine, .help, .quit]),
        ("Orders", [.newDraft, .addItem, .deleteItem, .place, .cancel, .editFields, .operations]),
    ]

    public static func make(_ state: ConsoleState) -> [HelpLine] {
        var lines: [HelpLine] = []
        for group in groups {
            lines.append(.heading(group.title))
            for command in group.commands {
                let keys = state.keymap.keys(for: command).map(\.label).joined(separator: " ")
                lines.append(HelpLine(keys: keys, text: command.title(for: state.account),
                                      unavailable: Availability.ever(command, on: state.account).reason?.helpNote))
            }
            lines.append(HelpLine(keys: "", text: ""))
        }
        lines.append(.heading("Commands (: then the command, Tab completes)"))
        lines += ConsoleCommandLine.commands.map { HelpLine(keys: ":" + $0.name, text: $0.usage) }
        lines.append(HelpLine(keys: "", text: ""))
        lines.append(.heading("In dialogs and views"))
        lines += [
            HelpLine(keys: moveKeys(state.keymap), text: "move, as in the panes"),
            HelpLine(keys: "type", text: "filter a picker (Esc clears the filter, then closes)"),
            HelpLine(keys: "↵", text: "choose, or answer what is selected"),
            HelpLine(keys: "Esc", text: "close, or go back to the form it came from"),
            HelpLine(keys: "y", text: "copy: the order id in its details, a message in :messages"),
        ]
        if let reason = state.account.readOnlyReason {
            lines += [HelpLine(keys: "", text: ""), HelpLine(keys: "", text: "Read-only: \(reason); nothing can be changed.")]
        }
        return lines
    }

    /// Every key that moves through a list, each once: the keymap's and the fixed ones.
    private static func moveKeys(_ keymap: Keymap) -> String {
        var labels: [String] = []
        let bound = [Command.moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom].flatMap { keymap.keys(for: $0).map(\.label) }
        for label in bound + [Key.up, .down, .pageUp, .pageDown, .home, .end].map(\.label) where !labels.contains(label) {
            labels.append(label)
        }
        return labels.joined(separator: " ")
    }
}
