/// An account an order can be placed for: the reseller itself or one of its end customers.
struct WhiteLabelCustomer: Encodable, Sendable {
    var id: Int
    var name: String

    enum CodingKeys: String, CodingKey {
        case id = "Id", name = "Name"
    }
}
