import OrderKit

/// A line added to or deleted from a server-side draft whose answer was an error, unclear
/// or missing: the provider may have applied it anyway (a reset after the write, a lost
/// answer). The draft is read again, and the console says what the provider holds, so the
/// Cart never shows one thing while the provider holds another.
public enum UnclearWrite: Sendable, Equatable {
    /// `before`: how many of the offer the draft held when the line was asked for.
    case addItem(offerID: String, before: Int)
    case deleteItem(itemID: String)

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
        }
    }
}
