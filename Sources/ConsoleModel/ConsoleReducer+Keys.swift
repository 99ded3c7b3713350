import Foundation
import OrderKit
import Placement

/// Keys: to the open dialog if there is one, else through the keymap to a command, once
/// `Availability` allows it; `run` is also what `:` commands and scripts call.
extension ConsoleReducer {
    static func handleKey(_ state: inout ConsoleState, _ key: Key) -> [Effect] {
        if let modal = state.dialog.modal {
            return DialogReducer.handleModalKey(&state, modal, key)
        }
        if state.refresh.overview != nil, let effects = DialogReducer.handleOverviewKey(&state, key) {
            return effects
        }
        if key == .escape, state.lists.filters[state.lists.focus] != nil {
            state.lists.filters[state.lists.focus] = nil
            return []
        }
        guard let command = state.keymap.command(for: key) else { return [] }
        if case .unavailable(let reason) = Availability.now(command, in: state) {
            state.say(reason.message(for: command), kind: .error)
            return []
        }
        return run(&state, command)
    }

    static func run(_ state: inout ConsoleState, _ command: Command) -> [Effect] {
        switch command {
        case .nextPane, .previousPane, .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .sortNext, .sortReverse:
            state.lists.navigate(command, page: state.rowsPerPane)
            return []
        case .open: return DialogReducer.open(&state)
        case .refresh:
            return RefreshReducer.requestRefresh(&state)
        case .filter:
            let purpose = InputLine.Purpose.filter(state.lists.focus)
            state.dialog.modal = .input(InputLine(purpose: purpose, earlier: state.dialog.typedLines.entries(for: purpose)))
            return []
        case .commandLine:
            state.dialog.modal = .input(InputLine(purpose: .command, earlier: state.dialog.typedLines.entries(for: .command)))
            return []
        case .pauseRefresh:
            state.refresh.paused.toggle()
            state.say(state.refresh.paused ? "Background refresh paused: Z resumes, r refreshes once."
                                              : "Background refresh resumed.")
            return []
        case .help:
            state.dialog.extent = nil
            state.dialog.modal = .help(scroll: 0)
            return []
        case .messages:
            state.dialog.modal = .messages(selected: max(0, state.messages.said.count - 1))
            return []
        case .quit:
            state.shouldQuit = true
            return [.quit]
        case .switchAccount:
            return DialogReducer.askAccount(&state)
        case .newDraft:
            return DialogReducer.askCustomer(&state)
        case .addItem:
            return DialogReducer.askOffer(&state)
        case .deleteItem:
            return DialogReducer.askDeleteItem(&state)
        case .place:
            return DialogReducer.askPlace(&state)
        case .cancel:
            return DialogReducer.askCancel(&state)
        case .editFields:
            return DialogReducer.editFields(&state)
        case .operations:
            return DialogReducer.openOperations(&state)
        }
    }
}
