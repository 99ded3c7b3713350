import Foundation

/// A flexible discount, as `GET /v3/flex-discounts` sends it (`flex-discounts/apis.md`):
/// which base offers qualify, and what it does (a fixed price or amount off per country, or
/// a percentage everywhere).
struct AdobeFlexDiscount: Encodable, Sendable {
    struct Qualification: Encodable, Sendable {
        var baseOfferIds: [String]

        enum CodingKeys: String, CodingKey { case baseOfferIds }
    }

    struct Value: Encodable, Sendable {
        var country: String?
        var currency: String?
        var value: Decimal

        enum CodingKeys: String, CodingKey { case country, currency, value }
    }

    struct Outcome: Encodable, Sendable {
        var type: String
        var discountValues: [Value]

        enum CodingKeys: String, CodingKey { case type, discountValues }
    }

    var id: String
    var category: String
    var code: String
    var name: String
    var description: String
    var startDate: Date
    var endDate: Date
    var status = "ACTIVE"
    /// Absent for a discount that applies to every offer.
    var qualification: Qualification?
    var outcomes: [Outcome]

    enum CodingKeys: String, CodingKey {
        case id, category, code, name, description, startDate, endDate, status, qualification, outcomes
    }

    /// Whether a customer in `country` can use it: a percentage applies everywhere, an
    /// amount only where it names the country.
    func applies(in country: String) -> Bool {
        outcomes.contains { $0.discountValues.contains { $0.country == nil || $0.country == country } }
    }

    /// Whether one of `offerIDs` (any discount level of a product) qualifies.
    func qualifies(_ offerIDs: [String]) -> Bool {
        guard let qualification else { return true }
        return offerIDs.contains { offer in qualification.baseOfferIds.contains { AdobeBook.sameProduct($0, offer) } }
    }
}
