/// Something the catalog sells, as the picker shows it.
public struct Offer: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var price: Money?
    /// How the price recurs ("monthly", "annual"), when the provider says.
    public var billing: String?

    public init(id: String, name: String, price: Money?, billing: String? = nil) {
        self.id = id
        self.name = name
        self.price = price
        self.billing = billing
    }
}
