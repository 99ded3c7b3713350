/// The body of `POST /v3/customers/{customerId}/orders` (seed 002's request body): the
/// order without its read-only fields. Nil fields are left out, never sent as null.
struct AdobeOrderRequestPayload: Codable {
    struct Line: Codable {
        var extLineItemNumber: Int
        var offerId: String
        var quantity: Int
        var currencyCode: String?
        var deploymentId: String?
        var discountCode: String?

        enum CodingKeys: String, CodingKey {
            case extLineItemNumber, offerId, quantity, currencyCode, deploymentId, discountCode
        }
    }

    var externalReferenceId: String?
    var currencyCode: String?
    var orderType: String
    var referenceOrderId: String?
    var lineItems: [Line]

    enum CodingKeys: String, CodingKey {
        case externalReferenceId, currencyCode, orderType, referenceOrderId, lineItems
    }
}
