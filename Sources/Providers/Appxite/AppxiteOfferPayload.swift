import Foundation

/// A catalog offer with the form its cart additions fill in (`GET /products`).
struct AppxiteOfferPayload: Decodable {
    var id: String
    var name: String
    var currency: String?
    var form: Form

    enum CodingKeys: String, CodingKey {
        case id = "OfferId", name = "Name", currency = "Currency", form = "Form"
    }

    struct Form: Decodable {
        var quantityKey: String
        var minQuantity: Int?
        var maxQuantity: Int?
        var chargePeriods: [ChargePeriod]
        var fields: [Field]

        enum CodingKeys: String, CodingKey {
            case quantityKey = "QuantityKey", minQuantity = "MinQuantity", maxQuantity = "MaxQuantity"
            case chargePeriods = "ChargePeriods", fields = "Fields"
        }
    }

    struct ChargePeriod: Decodable {
        var offerRulePricingId: String
        var pricingFrequency: String
        var offerRuleFrequency: String
        var offerRuleCustomFrequencyMonths: Int
        var price: Decimal?

        enum CodingKeys: String, CodingKey {
            case offerRulePricingId, pricingFrequency, offerRuleFrequency, offerRuleCustomFrequencyMonths
            case price = "Price"
        }
    }

    struct Field: Decodable {
        var key: String
        var label: String?
        var options: [Option]

        enum CodingKeys: String, CodingKey { case key = "Key", label = "Label", options = "Options" }
    }

    struct Option: Decodable {
        var id: Int
        var name: String

        enum CodingKeys: String, CodingKey { case id = "Id", name = "Name" }
    }
}
