/// An order line: the item bought or changed, the new and (for Change and Termination) the
/// old quantity, its price once priced, and the subscription it creates or changes.
struct MPTLine: Encodable, Sendable, Equatable {
    var id: String
    var item: MPTReference
    var quantity: Int
    var oldQuantity: Int?
    var price: MPTPrice?
    var subscription: MPTReference?

    enum CodingKeys: String, CodingKey { case id, item, quantity, oldQuantity, price, subscription }
}
