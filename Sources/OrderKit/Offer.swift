/// Something the catalog sells, as the picker shows it.
public struct Offer: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var price: Money?
    /// How the price recurs ("monthly", "annual"), when the provider says.
    public var billing: String?
    /// Whatever else helps the buyer choose, as short phrases the offer browser shows after
    /// the price: Adility's type, face value and stock ("voucher", "value EUR 25.00", "120 in stock").
    public var facts: [String]

    public init(id: String, name: String, price: Money?, billing: String? = nil, facts: [String] = []) {
        self.id = id
        self.name = name
        self.price = price
        self.billing = billing
        self.facts = facts
    }
}
