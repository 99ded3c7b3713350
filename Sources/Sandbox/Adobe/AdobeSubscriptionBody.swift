/// The body of `POST /v3/customers/{customerId}/subscriptions` (`offerId`, `autoRenewal`,
/// and for a global customer `currencyCode`, `deploymentId`) and of its `PATCH` (only
/// `autoRenewal`), read leniently so that each broken rule is a named 1117 field.
struct AdobeSubscriptionBody: Decodable, Sendable {
    var offerId: String?
    var autoRenewal: AdobeSubscription.AutoRenewal?
    var currencyCode: String?
    var deploymentId: String?

    enum CodingKeys: String, CodingKey { case offerId, autoRenewal, currencyCode, deploymentId }
}
