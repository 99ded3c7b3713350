import Foundation

/// A price as the document prints it: purchase (PP) and sale (SP) price per year (xY)
/// and per month (xM), with the markup and margin between them. Lines also carry the unit
/// prices they were computed from.
struct MPTPrice: Encodable, Sendable, Equatable {
    var unitPP: Decimal?
    var unitSP: Decimal?
    var PPxY: Decimal
    var PPxM: Decimal
    var SPxY: Decimal
    var SPxM: Decimal
    var markup: Decimal
    var margin: Decimal
    var currency: String

    enum CodingKeys: String, CodingKey {
        case unitPP, unitSP, PPxY, PPxM, SPxY, SPxM, markup, margin, currency
    }

    /// The price of `quantity` units bought at `unitPP` and sold with `markup` on top.
    static func line(unitPP: Decimal, quantity: Int, markup: Decimal, currency: String) -> MPTPrice {
        let unitSP = rounded(unitPP * (1 + markup), places: 2)
        let monthlyPP = unitPP * Decimal(quantity)
        let monthlySP = unitSP * Decimal(quantity)
        return MPTPrice(unitPP: unitPP, unitSP: unitSP, PPxY: monthlyPP * 12, PPxM: monthlyPP,
                        SPxY: monthlySP * 12, SPxM: monthlySP, markup: markup,
                        margin: margin(purchase: monthlyPP, sale: monthlySP), currency: currency)
    }

    /// The order's total over its lines' prices (which share one currency and markup).
    static func total(_ lines: [MPTPrice], markup: Decimal, currency: String) -> MPTPrice {
        let monthlyPP = lines.reduce(Decimal(0)) { $0 + $1.PPxM }
        let monthlySP = lines.reduce(Decimal(0)) { $0 + $1.SPxM }
        return MPTPrice(unitPP: nil, unitSP: nil, PPxY: monthlyPP * 12, PPxM: monthlyPP, SPxY: monthlySP * 12,
                        SPxM: monthlySP, markup: markup, margin: margin(purchase: monthlyPP, sale: monthlySP),
                        currency: currency)
    }

    private static func margin(purchase: Decimal, sale: Decimal) -> Decimal {
        sale == 0 ? 0 : rounded((sale - purchase) / sale, places: 4)
    }

    private static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(unitPP, forKey: .unitPP)
        try container.encodeIfPresent(unitSP, forKey: .unitSP)
        try container.encode(PPxY, forKey: .PPxY)
        try container.encode(PPxM, forKey: .PPxM)
        try container.encode(SPxY, forKey: .SPxY)
        try container.encode(SPxM, forKey: .SPxM)
        try container.encode(markup, forKey: .markup)
        try container.encode(margin, forKey: .margin)
        try container.encode(currency, forKey: .currency)
    }
}
