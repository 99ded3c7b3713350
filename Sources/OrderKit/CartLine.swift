/// One line of a cart composed in ordercon before it is sent.
public struct CartLine: Sendable, Codable, Hashable, Identifiable {
    /// Client-generated and stable, so that a line keeps its identity across retries
    /// (Appxite's order item id, Adobe's `extLineItemNumber`).
    public var id: String
    public var offerID: String
    public var name: String
    public var quantity: Int
    public var unitPrice: Money?
    /// Provider-specific fields by their exact wire key (Appxite form-data keys such as
    /// `quantityBox1`, Adobe `deploymentId` or `discountCode`).
    public var parameters: [String: String]

    public init(id: String, offerID: String, name: String, quantity: Int, unitPrice: Money? = nil,
                parameters: [String: String] = [:]) {
        self.id = id
        self.offerID = offerID
        self.name = name
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.parameters = parameters
    }

    public var lineTotal: Money? { unitPrice.map { $0 * quantity } }
}
