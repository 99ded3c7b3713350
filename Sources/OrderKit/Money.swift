import Foundation

/// An amount in one currency; Decimal so that totals add up to the cent.
public struct Money: Sendable, Codable, Hashable {
    public var amount: Decimal
    public var currency: String

    public init(amount: Decimal, currency: String) {
        self.amount = amount
        self.currency = currency
    }

    /// An amount given in whole minor units of its currency (cents for EUR, yen for JPY,
    /// fils for KWD), as some providers send it: 1500 is 15.00 USD, 1500 JPY, 1.500 KWD.
    public init(minorUnits: Int, currency: String) {
        var amount = Decimal(minorUnits)
        for _ in 0..<CurrencyMinorUnits.digits(of: currency) { amount /= 10 }
        self.init(amount: amount, currency: currency)
    }

    /// The currency's own decimals and its code, the way invoices print it: `230.00 EUR`,
    /// `1500 JPY`, `12.250 KWD`.
    public var formatted: String {
        let digits = CurrencyMinorUnits.digits(of: currency)
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, digits, .bankers)
        let number = NSDecimalNumber(decimal: rounded)
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.minimumFractionDigits = digits
        formatter.maximumFractionDigits = digits
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
