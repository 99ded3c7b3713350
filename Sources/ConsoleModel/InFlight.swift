import Foundation
import OrderKit

/// One piece of work sent and not yet answered: a value the reducer asks ("is a placement
/// under way?") and the status bar describes, instead of a message searched later.
public struct InFlight: Sendable, Equatable {
    /// What is under way.
    public enum Kind: Sendable, Equatable {
        case creatingDraft
        case addingItem
        case deletingItem
        /// A local cart being written: created, or a line added, changed or removed.
        case savingCart
        /// Asking the provider's price before the placement confirmation.
        case pricing
        /// Reading a server-side draft again before its placement confirmation.
        case rereading
        case placing
        case savingFields
        case cancelling
        case previewingOperation(OrderOperation)
        case performingOperation(OrderOperation)
    }

    public var kind: Kind
    /// The order or cart the work is about, when it is about one.
    public var orderID: String?
    public var startedAt: Date

    public init(_ kind: Kind, orderID: String? = nil, startedAt: Date) {
        self.kind = kind
        self.orderID = orderID
        self.startedAt = startedAt
    }

    /// Pricing or placing an order: while one is under way, `p` waits for its answer.
    public var isPlacement: Bool {
        switch kind {
        case .pricing, .rereading, .placing: true
        default: false
        }
    }

    /// The status-bar line while it is under way.
    public var message: String {
        let order = orderID ?? ""
        return switch kind {
        case .creatingDraft: "Creating a draft"
        case .addingItem: "Adding an item"
        case .deletingItem: "Deleting an item"
        case .savingCart: "Saving the cart"
        case .pricing: "Pricing \(order)"
        case .rereading: "Reading \(order) again before placing"
        case .placing: "Placing order \(order)"
        case .savingFields: "Saving fields of \(order)"
        case .cancelling: "Cancelling \(order)"
        case .previewingOperation(let operation): "Previewing \(operation.title.lowercased()) of \(order)"
        case .performingOperation(let operation): "\(operation.title) on \(order)"
        }
    }
}
