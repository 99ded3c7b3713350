/// An order line: the item, the new and old quantity, its price once priced, and the
/// subscription it creates or changes.
struct MPTLinePayload: Decodable {
    var id: String
    var item: MPTReferencePayload
    var quantity: Int
    var oldQuantity: Int?
    var price: MPTPricePayload?
    var subscription: MPTReferencePayload?

    enum CodingKeys: String, CodingKey { case id, item, quantity, oldQuantity, price, subscription }
}
