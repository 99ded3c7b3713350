import OrderKit

extension LocalCart {
    /// The status local carts show: they exist only in ordercon until placed.
    public static let status = "Local cart"

    /// The cart as an order in phase `cart`, so the panes list it beside server drafts.
    public func asOrder(provider: ProviderKind) -> Order {
        Order(id: id, provider: provider, account: account, customerID: customerID, customerName: customerName,
              status: Self.status, phase: .cart, createdAt: createdAt, updatedAt: createdAt, total: total,
              items: lines.map { line in
                  OrderItem(id: line.id, offerID: line.offerID, name: line.name, quantity: line.quantity,
                            unitPrice: line.unitPrice, status: "In cart", phase: .cart)
              })
    }
}
