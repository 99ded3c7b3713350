/// The four panes of DESIGN.md, in Tab order.
public enum PaneID: String, CaseIterable, Sendable, Hashable {
    case cart, drafts, status, items

    public var title: String {
        switch self {
        case .cart: "Cart"
        case .drafts: "Drafts"
        case .status: "Status"
        case .items: "Items"
        }
    }
}
