import OrderKit

/// An item's `FormData` as detail rows labelled by wire key, so that what was ordered reads
/// as the API received it: `ChargePeriod.pricingFrequency`, `dataCenterLocation` with the
/// option's name beside its id.
enum AppxiteFormDescription {
    static func rows(_ formData: AppxiteFormData, offer: AppxiteOfferPayload?) -> [DetailSection.Row] {
        let period = formData.chargePeriod
        let key = AppxiteFormData.chargePeriodKey
        var rows = [
            DetailSection.Row("\(key).pricingFrequency", period.pricingFrequency),
            DetailSection.Row("\(key).offerRuleFrequency", period.offerRuleFrequency),
            DetailSection.Row("\(key).offerRuleCustomFrequencyMonths", String(period.offerRuleCustomFrequencyMonths)),
        ]
        for (name, number) in formData.numbers.sorted(by: { $0.key < $1.key }) {
            let option = offer?.form.fields.first { $0.key == name }?.options.first { $0.id == number }
            rows.append(DetailSection.Row(name, String(number) + (option.map { " (\($0.name))" } ?? "")))
        }
        rows += formData.texts.sorted { $0.key < $1.key }.map { DetailSection.Row($0.key, $0.value) }
        return rows
    }
}
