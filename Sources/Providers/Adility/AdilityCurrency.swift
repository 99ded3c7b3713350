import Foundation
import OrderKit

/// Adility's currency object, `{currency_code, amount, formatted_amount}`, where `amount`
/// is a whole number of the currency's minor unit (`CurrencyMinorUnits`): 1500 is 15.00
/// USD but 1500 JPY.
enum AdilityCurrency {
    /// The amount in major units; nil, with the field named in `degraded`, when the code
    /// or the whole-number amount is missing or unreadable.
    static func money(_ object: inout TolerantObject) -> Money? {
        let code = object.string("currency_code")?.uppercased()
        if code == nil, object.degraded[object.path + "currency_code"] == nil { object.degrade("currency_code", "absent") }
        let minor = object.int("amount")
        if minor == nil, object.degraded[object.path + "amount"] == nil { object.degrade("amount", "absent") }
        guard let code, let minor else { return nil }
        return Money(minorUnits: minor, currency: code)
    }

    /// The object under `key` as money, with its `formatted_amount` when the answer has one
    /// (the provider's own spelling, shown as it is).
    static func field(_ object: inout TolerantObject, _ key: String) -> (money: Money, formatted: String?)? {
        object.nested(key) { currency in
            let formatted = currency.string("formatted_amount")
            return money(&currency).map { (money: $0, formatted: formatted) }
        }
    }
}
