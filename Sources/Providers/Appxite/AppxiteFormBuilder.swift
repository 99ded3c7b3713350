import OrderKit

/// Fills in an offer's form for one cart line.
///
/// The line's quantity goes under the offer's quantity key. `line.parameters` may choose by
/// their wire keys: `ChargePeriod` by pricing id, billing frequency or term ("Annual"), and each
/// choice field by option id or name. A choice left open takes the offer's first option,
/// the default the catalog lists first.
enum AppxiteFormBuilder {
    static func form(for line: CartLine, offer: AppxiteOfferPayload) throws -> AppxiteFormData {
        let known = Set([AppxiteFormData.chargePeriodKey] + offer.form.fields.map(\.key))
        if let stray = line.parameters.keys.sorted().first(where: { !known.contains($0) }) {
            throw OrderError.rejected(detail: "'\(stray)' is not a field of \(offer.name); its fields are \(known.sorted().joined(separator: ", "))")
        }
        var numbers = [offer.form.quantityKey: line.quantity]
        for field in offer.form.fields {
            numbers[field.key] = try option(line.parameters[field.key], of: field, offer: offer)
        }
        return AppxiteFormData(chargePeriod: try chargePeriod(line.parameters[AppxiteFormData.chargePeriodKey], offer: offer),
                               numbers: numbers)
    }

    private static func chargePeriod(_ choice: String?, offer: AppxiteOfferPayload) throws -> AppxiteChargePeriodPayload {
        let periods = offer.form.chargePeriods
        let chosen = choice.map { choice in
            periods.first { $0.offerRulePricingId == choice }
                ?? periods.first { $0.pricingFrequency.caseInsensitiveCompare(choice) == .orderedSame }
                ?? periods.first { $0.offerRuleFrequency.caseInsensitiveCompare(choice) == .orderedSame }
        } ?? periods.first
        guard let period = chosen else {
            let names = periods.map { "\($0.pricingFrequency) billing, \($0.offerRuleFrequency) term" }
                .joined(separator: "; ")
            throw OrderError.rejected(detail: "\(offer.name) has no billing cycle '\(choice ?? "")'; choose one of \(names.isEmpty ? "none" : names)")
        }
        return AppxiteChargePeriodPayload(offerId: offer.id, offerRulePricingId: period.offerRulePricingId,
                                          pricingFrequency: period.pricingFrequency,
                                          offerRuleFrequency: period.offerRuleFrequency,
                                          offerRuleCustomFrequencyMonths: period.offerRuleCustomFrequencyMonths)
    }

    private static func option(_ choice: String?, of field: AppxiteOfferPayload.Field,
                               offer: AppxiteOfferPayload) throws -> Int {
        let chosen = choice.map { choice in
            field.options.first { String($0.id) == choice }
                ?? field.options.first { $0.name.caseInsensitiveCompare(choice) == .orderedSame }
        } ?? field.options.first
        guard let option = chosen else {
            let names = field.options.map(\.name).joined(separator: ", ")
            throw OrderError.rejected(detail: "'\(choice ?? "")' is not a choice of \(field.label ?? field.key) for \(offer.name); choose one of \(names.isEmpty ? "none" : names)")
        }
        return option.id
    }
}
