import Foundation

/// A customer's subscription to one offer, as `subscription-management/` sends it: made
/// when an order's line completes, grown by later orders of the same offer, renewed by a
/// RENEWAL that names it, and scheduled (1009) by `POST …/subscriptions` for the next
/// anniversary.
struct AdobeSubscription: Sendable {
    /// The reference's `autoRenewal` object, in requests and answers.
    struct AutoRenewal: Codable, Sendable, Equatable {
        var enabled: Bool
        var renewalQuantity: Int?
        var flexDiscountCodes: [String]?

        enum CodingKeys: String, CodingKey { case enabled, renewalQuantity, flexDiscountCodes }
    }

    /// Subscription statuses from the reference's status table.
    static let active = "1000"
    static let inactive = "1004"
    static let scheduled = "1009"

    var subscriptionId: String
    var customerId: String
    var offerId: String
    var currentQuantity: Int
    var autoRenewal = AutoRenewal(enabled: true)
    /// Until a PATCH sets `renewalQuantity`, every active licence renews: the answer then
    /// shows the current quantity.
    var explicitRenewalQuantity: Int?
    /// How many licences RENEWAL orders renewed before the anniversary.
    var renewedQuantity: Int?
    var creationDate: Date
    var deploymentId: String?
    var currencyCode: String
    var status = active

    func wire(renewalDate: String) -> Wire {
        var renewal = autoRenewal
        renewal.renewalQuantity = explicitRenewalQuantity ?? currentQuantity
        return Wire(subscriptionId: subscriptionId, offerId: offerId, currentQuantity: currentQuantity,
                    usedQuantity: 0, autoRenewal: renewal, renewedQuantity: renewedQuantity,
                    renewalDate: renewalDate, creationDate: creationDate, deploymentId: deploymentId,
                    currencyCode: currencyCode, status: status,
                    links: .init(selfLink: .init(uri: "/v3/customers/\(customerId)/subscriptions/\(subscriptionId)",
                                                 method: "GET", headers: [])))
    }

    struct Wire: Encodable {
        var subscriptionId: String
        var offerId: String
        var currentQuantity: Int
        var usedQuantity: Int
        var autoRenewal: AutoRenewal
        var renewedQuantity: Int?
        var renewalDate: String
        var creationDate: Date
        var deploymentId: String?
        var currencyCode: String
        var status: String
        var links: AdobeOrder.Wire.Links

        enum CodingKeys: String, CodingKey {
            case subscriptionId, offerId, currentQuantity, usedQuantity, autoRenewal, renewedQuantity, renewalDate
            case creationDate, deploymentId, currencyCode, status, links
        }
    }
}
