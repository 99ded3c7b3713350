import OrderKit

/// A yes/no question before a destructive action. It names exactly what will happen, and
/// its answer starts on No.
public struct Confirmation: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        case deleteItem(orderID: String, itemID: String)
        case place(orderID: String)
        case removeCartLine(cartID: String, lineID: String)
        case placeCart(cartID: String)
        case cancelOrder(orderID: String)
        case cancelItem(orderID: String, itemID: String)
        case performOperation(orderID: String, operation: OrderOperation, fields: [CustomField])

        /// The command this answers, so a refusal is worded like the key's own.
        public var command: Command {
            switch self {
            case .deleteItem, .removeCartLine: .deleteItem
            case .place, .placeCart: .place
            case .cancelOrder, .cancelItem: .cancel
            case .performOperation: .operations
            }
        }

        /// The provider's order this asks about; nil for a local cart, which changes only here.
        public var providerOrderID: String? {
            switch self {
            case .deleteItem(let orderID, _), .place(let orderID), .cancelOrder(let orderID),
                 .cancelItem(let orderID, _), .performOperation(let orderID, _, _): orderID
            case .removeCartLine, .placeCart: nil
            }
        }
    }

    public var title: String
    public var lines: [String]
    public var action: Action
    public var yesSelected: Bool
    /// False when nothing may be confirmed (the draft could not be read afresh): only
    /// Back is offered, and every answer goes back.
    public var canConfirm: Bool
    /// The form the question came from: No goes back to it with every value kept.
    public var form: FieldForm?
    /// What changed at the provider while the question was open, shown above it: refresh
    /// goes on under dialogs, so Yes never answers for an order that no longer looks so.
    public var changedWhileOpen: [String] = []
    /// The order is being read again because it changed: the question is rebuilt from that
    /// read, and until then only Back is offered.
    public var rereading = false

    public init(title: String, lines: [String], action: Action, form: FieldForm? = nil, canConfirm: Bool = true) {
        self.title = title
        self.lines = lines
        self.action = action
        self.form = form
        self.canConfirm = canConfirm
        yesSelected = false
    }
}
