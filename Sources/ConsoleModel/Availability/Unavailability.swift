import OrderKit

/// Why a command cannot run: each reason a value, worded once in `message`, so a guard
/// never depends on how a sentence is phrased.
public enum Unavailability: Sendable, Equatable {
    /// Something a provider's API cannot be asked to do at all.
    public enum ProviderLack: Sendable, Equatable {
        case deleteItems, cancelOrders, cancelItems, editFields
    }

    /// What must be selected first.
    public enum Selection: Sendable, Equatable {
        case cartItem, cartLine, item, itemForCharacteristics, placedOrder, providerOrder, orderForFields
    }

    case readOnly(String)
    case providerCannot(ProviderLack, ProviderKind)
    case onlyOneAccount
    case unsortedPane
    case noCart
    case noCartToPlace
    case emptyCart(Order, isLocal: Bool)
    case placementUnderWay(InFlight)
    case checkingPlacements(what: String)
    case wrongPane(Command)
    case needsSelection(Selection)
    case nothingLeftToCancel(Order, returnable: Bool)
    /// The selected item is cancelled through its parts (an Adility item's vouchers), or
    /// has none to cancel (an Adility coupon).
    case cancelledByParts(OrderItem)
    /// The selected part (a voucher) is already cancelled.
    case partAlreadyCancelled(OrderItem)
    /// The selected part (a voucher) was used by the consumer: the provider refuses to
    /// cancel it, so it is never asked.
    case partRedeemed(OrderItem, Redemption)

    /// True when nothing the user selects can change it on this account: the status bar
    /// then leaves the key out instead of offering it.
    public var isPermanent: Bool {
        switch self {
        case .readOnly, .providerCannot: true
        default: false
        }
    }

    /// The few words help puts after a command this account can never run.
    public var helpNote: String {
        switch self {
        case .readOnly: "read-only"
        case .providerCannot(_, let provider): "not on \(provider.displayName)"
        default: "not available now"
        }
    }

    /// The one line the status bar shows when the key is pressed anyway.
    public func message(for command: Command) -> String {
        switch self {
        case .readOnly(let reason):
            "\(command.title.capitalizedFirst) is not available: \(reason)."
        case .providerCannot(let lack, let provider):
            switch lack {
            case .deleteItems: "\(provider.displayName) drafts cannot have items deleted."
            case .cancelOrders: "\(provider.displayName) orders cannot be cancelled through the API."
            case .cancelItems: "\(provider.displayName) items cannot be cancelled one by one."
            case .editFields: "\(provider.displayName) orders have no fields to edit."
            }
        case .onlyOneAccount: "Only one account is configured: add more [[accounts]] to the config."
        case .unsortedPane: "Only the Drafts and Status lists sort."
        case .noCart: "No cart: press n for a new one, or ↵ on a draft to make it the cart."
        case .noCartToPlace: "No cart to place: ↵ on a draft to make it the cart, or n for a new one."
        case .emptyCart(let cart, let isLocal):
            "\(isLocal ? "Cart \(cart.id.prefix(4))" : "Draft \(cart.id)") has no items: press a to add one first."
        case .placementUnderWay(let placing): "\(placing.message) is still under way; wait for its answer."
        case .checkingPlacements(let what):
            "Still checking unfinished placements with the provider; try \(what) again in a moment."
        case .wrongPane(.cancel): "Select a placed order in Status (or one of its items in Items) to cancel it."
        case .wrongPane: "Select an item of a cart or draft (in Cart or Items) to delete it."
        case .needsSelection(let selection):
            switch selection {
            case .cartItem: "The cart has no item to delete."
            case .cartLine: "The cart has no line to edit: press a to add one."
            case .item: "Select an item in Items to cancel it."
            case .itemForCharacteristics: "Select an item in Items to edit its characteristics."
            case .placedOrder: "Select a placed order in Status to cancel it."
            case .providerOrder: "Select an order stored on the provider for its actions."
            case .orderForFields: "Select an order stored on the provider to edit its fields."
            }
        case .nothingLeftToCancel(let order, let returnable):
            "Order \(order.id) is \(order.status): there is nothing left to cancel\(returnable ? " (o for a return)" : "")."
        case .cancelledByParts(let item) where item.parts.isEmpty:
            "\(item.name) has nothing to cancel on its own: x in Status cancels the whole order."
        case .cancelledByParts(let item):
            "\(item.name) is cancelled one part at a time: select one of the lines under it (x in Status cancels the whole order)."
        case .partAlreadyCancelled(let part):
            "\(part.name.capitalizedFirst) is \(part.status): there is nothing left to cancel."
        case .partRedeemed(let part, let redemption):
            "\(part.name.capitalizedFirst) was redeemed\(redemption.at.map { " on \($0.formatted(.iso8601.year().month().day()))" } ?? ""): it cannot be cancelled."
        }
    }
}
