import OrderKit

/// Refresh goes on while a dialog is open, so a processing order still moves behind it; a
/// confirmation whose order changes at the provider meanwhile is rebuilt with the change
/// shown above it, and Yes never answers for an order that no longer looks as it was shown.
extension PlacementReducer {
    /// The provider order an open confirmation asks about, as the book holds it now: taken
    /// before an answer replaces the book, and handed to `followOpenConfirmation` after.
    static func orderUnderConfirmation(_ state: ConsoleState) -> Order? {
        guard case .confirm(let confirmation) = state.dialog.modal, let id = confirmation.action.providerOrderID else { return nil }
        return state.lists.order(id)
    }

    /// Rebuilds the open confirmation when its order changed between `before` and the book
    /// now: a draft about to be placed is read again (only Back until that read answers);
    /// any other question keeps its lines under what changed, and is refused once the
    /// order is final.
    static func followOpenConfirmation(_ state: inout ConsoleState, before: Order?) -> [Effect] {
        guard let before, case .confirm(var confirmation) = state.dialog.modal,
              confirmation.action.providerOrderID == before.id, let now = state.lists.order(before.id) else { return [] }
        let changes = changes(from: before, to: now)
        guard !changes.isEmpty else { return [] }
        let provider = state.account.provider.displayName
        confirmation.changedWhileOpen = ["\(now.id) changed at \(provider) while this was open:"] + changes.map { "  \($0)" }
        confirmation.yesSelected = false
        if case .place = confirmation.action, before.phase.isUnplaced, now.phase.isUnplaced {
            confirmation.changedWhileOpen.append("")
            confirmation.lines = ["Reading it again before it can be confirmed…"]
            confirmation.canConfirm = false
            confirmation.rereading = true
            state.dialog.modal = .confirm(confirmation)
            return readBeforeConfirming(&state, now) ?? []
        }
        if now.phase.isFinal || (before.phase.isUnplaced && !now.phase.isUnplaced) {
            confirmation.changedWhileOpen.append("It is \(now.status) now: this can no longer go ahead. Go back.")
            confirmation.canConfirm = false
        }
        confirmation.changedWhileOpen.append("")
        state.dialog.modal = .confirm(confirmation)
        return []
    }

    /// The open placement question of `orderID` that waits for a re-read, if that is what
    /// is open: the re-read's answer rebuilds it instead of waiting for another p.
    static func confirmationAwaitingReread(_ state: ConsoleState, of orderID: String) -> Confirmation? {
        guard case .confirm(let confirmation) = state.dialog.modal, confirmation.rereading,
              confirmation.action == .place(orderID: orderID) else { return nil }
        return confirmation
    }

    /// Keeps what changed while the question was open on the question rebuilt from the read.
    static func carryChanges(_ state: inout ConsoleState, from earlier: Confirmation?) {
        guard let earlier, case .confirm(var rebuilt) = state.dialog.modal else { return }
        rebuilt.changedWhileOpen = earlier.changedWhileOpen
        state.dialog.modal = .confirm(rebuilt)
    }

    /// What a person would call a change of an order: its status, its total, its lines.
    static func changes(from before: Order, to now: Order) -> [String] {
        var changes: [String] = []
        if before.status != now.status { changes.append("status \(before.status) → \(now.status)") }
        if before.total != now.total {
            changes.append("total \(before.total?.formatted ?? "unknown") → \(now.total?.formatted ?? "unknown")")
        }
        if !before.items.isEmpty, !now.items.isEmpty, before.items.count != now.items.count {
            changes.append("\(before.items.count) → \(now.items.count) lines")
        }
        return changes
    }
}
