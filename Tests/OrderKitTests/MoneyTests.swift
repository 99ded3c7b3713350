import Foundation
import OrderKit
import Testing

@Suite struct MoneyTests {
    @Test(arguments: [("230", "230.00 EUR"), ("0", "0.00 EUR"), ("19.995", "20.00 EUR"), ("1234567.5", "1234567.50 EUR"),
                      ("-3.1", "-3.10 EUR")])
    func formatsTwoDecimalsAndTheCurrency(amount: String, expected: String) {
        #expect(Money(amount: Decimal(string: amount)!, currency: "EUR").formatted == expected)
    }

    @Test(arguments: [("1500", "JPY", "1500 JPY"), ("1499.5", "JPY", "1500 JPY"), ("12.25", "KWD", "12.250 KWD"),
                      ("0.0005", "BHD", "0.000 BHD"), ("7", "jpy", "7 jpy"), ("3.5", "CLF", "3.5000 CLF"),
                      ("3.5", "XYZ", "3.50 XYZ")])
    func formatsEachCurrencyWithItsOwnDecimals(amount: String, currency: String, expected: String) {
        #expect(Money(amount: Decimal(string: amount)!, currency: currency).formatted == expected)
    }

    @Test(arguments: [(1999, "USD", "19.99"), (1999, "JPY", "1999"), (1999, "KWD", "1.999"), (1999, "bhd", "1.999"),
                      (-5, "EUR", "-0.05"), (0, "JPY", "0")])
    func minorUnitsConvertWithTheCurrencysDecimals(minor: Int, currency: String, major: String) {
        #expect(Money(minorUnits: minor, currency: currency) == Money(amount: Decimal(string: major)!, currency: currency))
    }

    @Test func totalsAddUpToTheCentInOneCurrencyOnly() {
        let cents = Array(repeating: Money(amount: Decimal(string: "0.10")!, currency: "EUR"), count: 3)
        #expect(Money.total(cents) == Money(amount: Decimal(string: "0.30")!, currency: "EUR"))
        #expect(Money.total([]) == nil)
        #expect(Money.total([Money(amount: 1, currency: "EUR"), Money(amount: 1, currency: "USD")]) == nil)
        #expect(Money(amount: Decimal(string: "19.99")!, currency: "EUR") * 3 == Money(amount: Decimal(string: "59.97")!, currency: "EUR"))
    }
}
