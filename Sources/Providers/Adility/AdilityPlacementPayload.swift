/// The body of `POST /orders` inside its `order` root: the client's own unique
/// `order_number`, the consumer's name and the offers with quantities. Decodable too, so
/// the seed's request examples are read with the very type the client sends.
struct AdilityPlacementPayload: Codable {
    struct Line: Codable, AdilityListElement {
        static let elementName = "item"

        var offerID: String
        var quantity: Int

        enum CodingKeys: String, CodingKey {
            case offerID = "offer_id"
            case quantity
        }
    }

    var orderNumber: String
    var customerName: String
    var items: AdilityList<Line>

    /// In the document's order, which XML keeps.
    enum CodingKeys: String, CodingKey {
        case orderNumber = "order_number", customerName = "customer_name", items
    }
}
