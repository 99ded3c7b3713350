import Foundation

/// The reference's currency object: `currency_code`, `amount` in whole minor units (cents)
/// and `formatted_amount` as a person reads it. Sandbox offers are priced in US dollars.
struct AdilityMoney: Encodable, Sendable {
    var currencyCode: String
    var amount: Int
    var formattedAmount: String

    enum CodingKeys: String, CodingKey {
        case currencyCode = "currency_code", amount, formattedAmount = "formatted_amount"
    }

    init(dollars: Decimal) {
        currencyCode = "USD"
        let cents = NSDecimalNumber(decimal: dollars * 100).intValue
        amount = cents
        formattedAmount = String(format: "$%ld.%02ld", cents / 100, cents % 100)
    }
}
