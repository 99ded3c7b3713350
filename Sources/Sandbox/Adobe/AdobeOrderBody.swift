/// The body of `POST /v3/customers/{customerId}/orders`, read leniently (every field
/// optional) so that each broken rule becomes a named field in a 1117 refusal instead of a
/// decoding error.
struct AdobeOrderBody: Decodable, Sendable {
    struct Line: Decodable, Sendable {
        var extLineItemNumber: Int?
        var offerId: String?
        var quantity: Int?
        var currencyCode: String?
        var deploymentId: String?
        var discountCode: String?
        /// The subscription a RENEWAL (or its preview) renews.
        var subscriptionId: String?

        enum CodingKeys: String, CodingKey {
            case extLineItemNumber, offerId, quantity, currencyCode, deploymentId, discountCode, subscriptionId
        }
    }

    var externalReferenceId: String?
    var currencyCode: String?
    var orderType: String?
    var referenceOrderId: String?
    var lineItems: [Line]?

    enum CodingKeys: String, CodingKey {
        case externalReferenceId, currencyCode, orderType, referenceOrderId, lineItems
    }
}
