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

    /// Quantities may arrive as text; one that is not a whole number fails the line.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        item = try container.decode(MPTReferencePayload.self, forKey: .item)
        guard let quantity = try MPTNumber.int(container, .quantity) else {
            throw DecodingError.keyNotFound(CodingKeys.quantity, .init(codingPath: container.codingPath,
                                                                       debugDescription: "no quantity"))
        }
        self.quantity = quantity
        oldQuantity = try MPTNumber.int(container, .oldQuantity)
        price = try container.decodeIfPresent(MPTPricePayload.self, forKey: .price)
        subscription = (try? container.decodeIfPresent(MPTReferencePayload.self, forKey: .subscription)) ?? nil
    }
}
