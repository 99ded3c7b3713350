import Foundation
import OrderKit
import Testing

@Suite struct MoneyTests {
    @Test(arguments: [("230", "230.00 EUR"), ("0", "0.00 EUR"), ("19.995", "20.00 EUR"), ("1234567.5", "1234567.50 EUR"),
                      ("-3.1", "-3.10 EUR")])
    func formatsTwoDecimalsAndTheCurrency(amount: String, expected: String) {
        #expect(Money(amount: Decimal(string: amount)!, currency: "EUR").formatted == expected)
    }

    @Test func totalsAddUpToTheCentInOneCurrencyOnly() {
        let cents = Array(repeating: Money(amount: Decimal(string: "0.10")!, currency: "EUR"), count: 3)
        #expect(Money.total(cents) == Money(amount: Decimal(string: "0.30")!, currency: "EUR"))
        #expect(Money.total([]) == nil)
        #expect(Money.total([Money(amount: 1, currency: "EUR"), Money(amount: 1, currency: "USD")]) == nil)
        #expect(Money(amount: Decimal(string: "19.99")!, currency: "EUR") * 3 == Money(amount: Decimal(string: "59.97")!, currency: "EUR"))
    }
}
