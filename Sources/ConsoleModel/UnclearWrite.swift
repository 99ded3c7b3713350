import OrderKit

/// A write whose answer was an error, unclear or missing: the provider may have applied it
/// anyway (a reset after the write, a lost answer). A line added to or deleted from a
/// draft has the draft's lines read again; a cancel or an operation has the order read
/// again; then the console says what the provider holds, so no screen shows one thing
/// while the provider holds another.
public enum UnclearWrite: Sendable, Equatable {
    /// `before`: how many of the offer the draft held when the line was asked for.
    case addItem(offerID: String, before: Int)
    case deleteItem(itemID: String)
    /// `status`: the order's status when the cancel was sent.
    case cancel(status: String)
    /// `title`: the operation's name; `status`: the order's status when it was sent.
    case operation(title: String, status: String)

    /// True for writes settled by reading the order, not its lines.
    var readsTheOrder: Bool {
        switch self {
        case .cancel, .operation: true
        case .addItem, .deleteItem: false
        }
    }

    /// What happened after all, said once the order is read again.
    func outcome(read order: Order) -> String {
        switch self {
        case .cancel(let before):
            return order.phase == .cancelled || order.status != before
                ? "The cancel went through after all: order \(order.id) is now \(order.statusLabel)."
                : "Order \(order.id) was not cancelled: it is still \(order.statusLabel)."
        case .operation(let title, let before):
            return order.status != before
                ? "\(title) on \(order.id) went through after all: it is now \(order.statusLabel)."
                : "\(title) on \(order.id) made no change the provider shows: it is still \(order.statusLabel)."
        case .addItem, .deleteItem:
            return "Order \(order.id) is \(order.statusLabel)."
        }
    }

    /// What happened after all, said once the draft's lines are read again.
    func outcome(held items: [OrderItem], draft: String) -> String {
        let lines = "\(items.count) line\(items.count == 1 ? "" : "s")"
        switch self {
        case .addItem(let offerID, let before):
            let now = items.filter { $0.offerID == offerID }.reduce(0) { $0 + $1.quantity }
            return now > before ? "The item was added after all: \(draft) now has \(lines)."
                : "The item was not added: \(draft) has \(lines)."
        case .deleteItem(let itemID):
            return items.contains { $0.id == itemID } ? "The item was not deleted: \(draft) still has \(lines)."
                : "The item was deleted after all: \(draft) now has \(lines)."
        case .cancel, .operation:
            return "\(draft.capitalizedFirst) has \(lines)."
        }
    }
}
