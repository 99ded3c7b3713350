import Foundation

/// An offer of the sandbox catalog with the form its cart additions must fill in.
///
/// Beyond the document, which tells integrators to copy form-data keys from the portal's
/// network traffic, `GET /products` publishes each offer's form: the quantity key, the
/// charge periods (billing cycle and commitment as the `ChargePeriod` object wants them)
/// and the choice fields (data-centre location, commitment, tier) by option id.
struct AppxiteOffer: Encodable, Sendable {
    var id: String
    var name: String
    var vendor: String
    var currency: String
    /// Needs a person's approval in the portal after `place_order`, even when ordered by API.
    var manualApproval: Bool
    var form: Form

    enum CodingKeys: String, CodingKey {
        case id = "OfferId", name = "Name", vendor = "Vendor", currency = "Currency"
        case manualApproval = "ManualApproval", form = "Form"
    }

    struct Form: Encodable, Sendable {
        var quantityKey: String
        var minQuantity: Int
        var maxQuantity: Int
        var chargePeriods: [ChargePeriod]
        var fields: [Field]

        enum CodingKeys: String, CodingKey {
            case quantityKey = "QuantityKey", minQuantity = "MinQuantity", maxQuantity = "MaxQuantity"
            case chargePeriods = "ChargePeriods", fields = "Fields"
        }
    }

    /// One way to pay for the offer; the keys are the `ChargePeriod` keys of the seed.
    struct ChargePeriod: Encodable, Sendable {
        var offerRulePricingId: String
        var pricingFrequency: String
        var offerRuleFrequency: String
        var offerRuleCustomFrequencyMonths: Int
        var price: Decimal

        enum CodingKeys: String, CodingKey {
            case offerRulePricingId, pricingFrequency, offerRuleFrequency, offerRuleCustomFrequencyMonths
            case price = "Price"
        }
    }

    /// A choice sent by option id, never by name (the document: "use location ID, not string").
    struct Field: Encodable, Sendable {
        var key: String
        var label: String
        var options: [Option]

        enum CodingKeys: String, CodingKey { case key = "Key", label = "Label", options = "Options" }
    }

    struct Option: Encodable, Sendable {
        var id: Int
        var name: String

        enum CodingKeys: String, CodingKey { case id = "Id", name = "Name" }
    }

    /// What a valid `FormData` for this offer selects.
    struct Selection {
        var quantity: Int
        var chargePeriod: ChargePeriod
    }

    static let chargePeriodKey = "ChargePeriod"

    /// Checks `formData` the way the platform does, naming the first key that is wrong.
    func validate(_ formData: [String: AppxiteFormValue]?) throws -> Selection {
        guard let formData else {
            throw SandboxRefusal.badRequest("FormData is required: send \(form.quantityKey), ChargePeriod and the offer's choice fields.")
        }
        let known = Set([form.quantityKey, Self.chargePeriodKey] + form.fields.map(\.key))
        if let stray = formData.keys.sorted().first(where: { !known.contains($0) }) {
            throw SandboxRefusal.badRequest("FormData key '\(stray)' is not part of the form of offer \(id); its keys are \(known.sorted().joined(separator: ", ")).")
        }
        guard let quantity = formData[form.quantityKey]?.integer, (form.minQuantity...form.maxQuantity).contains(quantity) else {
            throw SandboxRefusal.badRequest("FormData.\(form.quantityKey) must be a whole number from \(form.minQuantity) to \(form.maxQuantity).")
        }
        let chargePeriod = try validateChargePeriod(formData[Self.chargePeriodKey])
        for field in form.fields {
            guard let value = formData[field.key] else {
                throw SandboxRefusal.badRequest("FormData.\(field.key) (\(field.label)) is required for offer \(id).")
            }
            guard let optionID = value.integer else {
                throw SandboxRefusal.badRequest("FormData.\(field.key) must be an option id (a number such as \(field.options[0].id)), not a name.")
            }
            guard field.options.contains(where: { $0.id == optionID }) else {
                let ids = field.options.map { String($0.id) }.joined(separator: ", ")
                throw SandboxRefusal.badRequest("FormData.\(field.key) \(optionID) is not an option of offer \(id); use one of \(ids).")
            }
        }
        return Selection(quantity: quantity, chargePeriod: chargePeriod)
    }

    private func validateChargePeriod(_ value: AppxiteFormValue?) throws -> ChargePeriod {
        guard case .object(let fields) = value else {
            throw SandboxRefusal.badRequest("FormData.ChargePeriod is required: an object with offerId, offerRulePricingId, pricingFrequency, offerRuleFrequency and offerRuleCustomFrequencyMonths.")
        }
        guard fields["offerId"]?.string == id else {
            throw SandboxRefusal.badRequest("FormData.ChargePeriod.offerId must be the ordered offer's id \(id).")
        }
        guard let pricingID = fields["offerRulePricingId"]?.string,
              let period = form.chargePeriods.first(where: { $0.offerRulePricingId == pricingID }) else {
            throw SandboxRefusal.badRequest("FormData.ChargePeriod.offerRulePricingId is not a pricing of offer \(id).")
        }
        guard fields["pricingFrequency"]?.string == period.pricingFrequency,
              fields["offerRuleFrequency"]?.string == period.offerRuleFrequency,
              fields["offerRuleCustomFrequencyMonths"]?.integer == period.offerRuleCustomFrequencyMonths else {
            throw SandboxRefusal.badRequest("FormData.ChargePeriod does not match pricing \(pricingID): it is \(period.pricingFrequency) billing, \(period.offerRuleFrequency) term, \(period.offerRuleCustomFrequencyMonths) months.")
        }
        return period
    }
}
