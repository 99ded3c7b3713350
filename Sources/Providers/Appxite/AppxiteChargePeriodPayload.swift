/// The `ChargePeriod` object of an item's form data: which pricing of the offer is bought,
/// keys exactly as the seed document prints them.
struct AppxiteChargePeriodPayload: Codable, Equatable {
    var offerId: String
    var offerRulePricingId: String
    var pricingFrequency: String
    var offerRuleFrequency: String
    var offerRuleCustomFrequencyMonths: Int
}
