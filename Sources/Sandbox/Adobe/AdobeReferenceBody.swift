/// The body of the sandbox's `PATCH /v3/customers/{customerId}/orders/{orderId}` (beyond
/// the document): the one field of a stored order that may change.
struct AdobeReferenceBody: Decodable {
    var externalReferenceId: String?

    enum CodingKeys: String, CodingKey { case externalReferenceId }
}
