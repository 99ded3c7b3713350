/// The body of `POST /orders` inside its `order` wrapper. Every field is optional here so
/// that a missing one is refused with a sentence naming it, not a decoding error.
struct AdilityPlacement: Decodable, Sendable {
    struct Line: Decodable, Sendable, AdilityNamedElement {
        static let elementName = "item"

        var offerID: String?
        var quantity: Int?

        enum CodingKeys: String, CodingKey {
            case quantity
            case offerID = "offer_id"
        }
    }

    var orderNumber: String?
    var customerName: String?
    var items: AdilityElements<Line>?

    enum CodingKeys: String, CodingKey {
        case items
        case orderNumber = "order_number", customerName = "customer_name"
    }
}
