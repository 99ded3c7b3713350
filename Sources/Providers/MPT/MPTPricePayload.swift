import Foundation

/// A price: purchase (PP) and sale (SP) per year, month and one-time (`x1`), markup and
/// margin. Which fields are present depends on who asks, so every one is optional; an
/// amount may arrive as text.
struct MPTPricePayload: Decodable {
    var unitPP: Decimal?
    var unitSP: Decimal?
    var PPxY: Decimal?
    var PPxM: Decimal?
    var SPxY: Decimal?
    var SPxM: Decimal?
    var PPx1: Decimal?
    var SPx1: Decimal?
    var markup: Decimal?
    var margin: Decimal?
    var defaultMarkup: Decimal?
    var currency: String?

    enum CodingKeys: String, CodingKey {
        case unitPP, unitSP, PPxY, PPxM, SPxY, SPxM, PPx1, SPx1, markup, margin, defaultMarkup, currency
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func amount(_ key: CodingKeys) -> Decimal? { MPTNumber.decimal(container, key) }
        unitPP = amount(.unitPP)
        unitSP = amount(.unitSP)
        PPxY = amount(.PPxY)
        PPxM = amount(.PPxM)
        SPxY = amount(.SPxY)
        SPxM = amount(.SPxM)
        PPx1 = amount(.PPx1)
        SPx1 = amount(.SPx1)
        markup = amount(.markup)
        margin = amount(.margin)
        defaultMarkup = amount(.defaultMarkup)
        currency = try? container.decodeIfPresent(String.self, forKey: .currency)
    }
}
