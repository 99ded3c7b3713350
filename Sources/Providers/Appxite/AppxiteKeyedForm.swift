import OrderKit

/// `FormData` from keys and values the user typed from the portal's request (an account
/// with `line_forms = "templates"`), and back: flat keys with text or whole numbers, and the
/// `ChargePeriod` object as `ChargePeriod.<key>`, the shape the reference's example shows.
enum AppxiteKeyedForm {
    private static let prefix = AppxiteFormData.chargePeriodKey + "."
    private static let months = "offerRuleCustomFrequencyMonths"

    /// The form data a cart line's entries send, or the first entry that cannot be sent,
    /// said in one line. `ChargePeriod.offerId` defaults to the line's offer, as in the
    /// reference's example; every other ChargePeriod key is required.
    static func formData(_ entries: [String: String], offerID: String) throws -> AppxiteFormData {
        var numbers: [String: Int] = [:]
        var texts: [String: String] = [:]
        var period: [String: FormLiteral] = [:]
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            if key.hasPrefix(prefix) {
                period[String(key.dropFirst(prefix.count))] = FormLiteral(typed: value)
                continue
            }
            guard !key.contains(".") else {
                throw OrderError.rejected(detail: "\(key): only ChargePeriod holds nested keys in Appxite's FormData; write \(key) without its dot, as the portal's request names it")
            }
            switch FormLiteral(typed: value) {
            case .integer(let number): numbers[key] = number
            case .text(let text): texts[key] = text
            }
        }
        let text = { (name: String) throws -> String in
            switch period[name] {
            case .text(let value)?: return value
            case .integer(let value)?: return String(value)
            case nil:
                throw OrderError.rejected(detail: "offer \(offerID) needs \(prefix)\(name) in its form, as the portal's request sends it; add that key")
            }
        }
        guard case .integer(let months)? = period[months] else {
            throw OrderError.rejected(detail: "\(prefix)\(months) of offer \(offerID) must be a whole number of months (1 for monthly, 12 for annual)")
        }
        let chargePeriod = AppxiteChargePeriodPayload(
            offerId: period["offerId"] == nil ? offerID : try text("offerId"),
            offerRulePricingId: try text("offerRulePricingId"), pricingFrequency: try text("pricingFrequency"),
            offerRuleFrequency: try text("offerRuleFrequency"), offerRuleCustomFrequencyMonths: months)
        return AppxiteFormData(chargePeriod: chargePeriod, numbers: numbers, texts: texts)
    }

    /// An item's form data as entries, ChargePeriod first: what its `update` form starts from.
    static func entries(_ formData: AppxiteFormData) -> [FormEntry] {
        let period = formData.chargePeriod
        let periodEntries = [("offerId", FormLiteral.text(period.offerId)),
                             ("offerRulePricingId", .text(period.offerRulePricingId)),
                             ("pricingFrequency", .text(period.pricingFrequency)),
                             ("offerRuleFrequency", .text(period.offerRuleFrequency)),
                             (months, .integer(period.offerRuleCustomFrequencyMonths))]
        return periodEntries.map { FormEntry(key: prefix + $0.0, value: $0.1.typed) }
            + formData.numbers.sorted { $0.key < $1.key }.map { FormEntry(key: $0.key, value: FormLiteral.integer($0.value).typed) }
            + formData.texts.sorted { $0.key < $1.key }.map { FormEntry(key: $0.key, value: FormLiteral.text($0.value).typed) }
    }
}
