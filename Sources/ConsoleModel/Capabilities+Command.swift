import OrderKit

extension Capabilities {
    /// Whether a command can do anything on this provider at all, so the status bar never
    /// offers a key that could only answer "cannot". Local carts (no server-side drafts)
    /// always lose lines; cancelling needs the order or its items to be cancellable.
    public func offers(_ command: Command) -> Bool {
        switch command {
        case .deleteItem: deleteItem || !serverSideDrafts
        case .cancel: cancelOrder || cancelItem
        default: true
        }
    }
}
