import Foundation

/// An amount in one currency; Decimal so that totals add up to the cent.
public struct Money: Sendable, Codable, Hashable {
    public var amount: Decimal
    public var currency: String

    public init(amount: Decimal, currency: String) {
        self.amount = amount
        self.currency = currency
    }

    /// Two decimals and the currency code, the way invoices print it: `230.00 EUR`.
    public var formatted: String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .bankers)
        let number = NSDecimalNumber(decimal: rounded)
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.minimumFractionDigits = 2
        formatter.maximumFractionDigits = 2
        formatter.minimumIntegerDigits = 1
        return "\(formatter.string(from: number) ?? number.stringValue) \(currency)"
    }

    /// The sum of several amounts, or nil when they are empty or in more than one currency
    /// (a total across currencies would be a lie).
    public static func total(_ amounts: [Money]) -> Money? {
        guard let currency = amounts.first?.currency,
              amounts.allSatisfy({ $0.currency == currency }) else { return nil }
        return Money(amount: amounts.reduce(Decimal(0)) { $0 + $1.amount }, currency: currency)
    }

    public static func * (money: Money, quantity: Int) -> Money {
        Money(amount: money.amount * Decimal(quantity), currency: money.currency)
    }
}
