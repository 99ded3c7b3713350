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
    }

    public var title: String
    public var lines: [String]
    public var action: Action
    public var yesSelected: Bool

    public init(title: String, lines: [String], action: Action) {
        self.title = title
        self.lines = lines
        self.action = action
        yesSelected = false
    }
}
