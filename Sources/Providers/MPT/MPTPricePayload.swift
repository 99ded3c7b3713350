import Foundation

/// A price: purchase (PP) and sale (SP) per year and month, markup and margin. Which fields
/// are present depends on who asks, so every one is optional.
struct MPTPricePayload: Decodable {
    var unitPP: Decimal?
    var unitSP: Decimal?
    var PPxY: Decimal?
    var PPxM: Decimal?
    var SPxY: Decimal?
    var SPxM: Decimal?
    var markup: Decimal?
    var margin: Decimal?
    var defaultMarkup: Decimal?
    var currency: String?

    enum CodingKeys: String, CodingKey {
        case unitPP, unitSP, PPxY, PPxM, SPxY, SPxM, markup, margin, defaultMarkup, currency
    }
}
