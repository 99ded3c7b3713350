import Foundation
import OrderKit

/// The form an item of an Appxite offer fills in, built from the form the catalog
/// publishes: the quantity under the offer's own key (`quantityBox1`, with its bounds), the
/// `ChargePeriod` (billing cycle and commitment term, chosen by pricing id), and each choice
/// field (data-centre location, commitment period, license tier) by option id.
///
/// Every field's key is the `FormData` key it fills, so the values the console keeps in
/// `CartLine.parameters` go through `AppxiteFormBuilder` and reach the wire unchanged.
enum AppxiteLineForm {
    /// The offer's form, holding `formData`'s values when an existing item is edited, else
    /// the catalog's defaults (the first charge period and option, the least quantity).
    static func form(for offer: AppxiteOfferPayload, filledFrom formData: AppxiteFormData? = nil) -> LineForm {
        let quantityKey = offer.form.quantityKey
        let quantity = formData?.numbers[quantityKey] ?? offer.form.minQuantity ?? 1
        let period = formData?.chargePeriod.offerRulePricingId ?? offer.form.chargePeriods.first?.offerRulePricingId ?? ""
        var fields = [
            CustomField(name: "Quantity", value: String(quantity), kind: .number, key: quantityKey, required: true,
                        minimum: Double(offer.form.minQuantity ?? 1), maximum: offer.form.maxQuantity.map(Double.init)),
            CustomField(name: "Billing cycle and commitment", value: period, kind: .choice,
                        key: AppxiteFormData.chargePeriodKey, required: true,
                        choices: offer.form.chargePeriods.map { choice($0, currency: offer.currency) },
                        hint: "sets ChargePeriod.offerRulePricingId, ChargePeriod.pricingFrequency, "
                            + "ChargePeriod.offerRuleFrequency, ChargePeriod.offerRuleCustomFrequencyMonths"),
        ]
        fields += offer.form.fields.map { field in
            let chosen = formData?.numbers[field.key] ?? field.options.first?.id
            return CustomField(name: field.label ?? field.key, value: chosen.map(String.init) ?? "", kind: .choice,
                               key: field.key, required: true,
                               choices: field.options.map { CustomField.Choice(id: String($0.id), label: $0.name) },
                               hint: "sent as the option id")
        }
        return LineForm(quantityKey: quantityKey, fields: fields)
    }

    /// A cart line carrying a filled-in form: the quantity field is the line's quantity,
    /// every other field a parameter under its key. The first value the form refuses is the
    /// error, so the user fixes it before anything is sent.
    static func line(id: String, offer: AppxiteOfferPayload, fields: [CustomField]) throws -> CartLine {
        if let problem = fields.lazy.compactMap({ $0.problem(with: $0.value) }).first {
            throw OrderError.rejected(detail: problem)
        }
        guard let quantity = fields.first(where: { $0.key == offer.form.quantityKey }).flatMap({ Int($0.value) }) else {
            throw OrderError.rejected(detail: "\(offer.form.quantityKey) takes a whole number of \(offer.name) licences")
        }
        let parameters = Dictionary(fields.filter { $0.key != offer.form.quantityKey && !$0.value.isEmpty }
            .map { ($0.key, $0.value) }) { first, _ in first }
        return CartLine(id: id, offerID: offer.id, name: offer.name, quantity: quantity, parameters: parameters)
    }

    private static func choice(_ period: AppxiteOfferPayload.ChargePeriod, currency: String?) -> CustomField.Choice {
        let price = period.price.map { Money(amount: $0, currency: currency ?? "EUR") }
        return CustomField.Choice(id: period.offerRulePricingId,
                                  label: "\(period.pricingFrequency) billing, \(period.offerRuleFrequency) term "
                                      + "(\(period.offerRuleCustomFrequencyMonths) months)\(price.map { " · " + $0.formatted } ?? "")",
                                  unitPrice: price)
    }
}
