import Foundation
import OrderKit

/// Maps whitelabel statuses and payloads to OrderKit, per the PROVIDERS.md table.
enum WhiteLabelMapping {
    /// Tenants may rename statuses; anything not listed is `unknown`, never an error.
    /// A listed draft is a draft: the provider deletes drafts when they expire, so only a
    /// cached copy can be past its expiry (the console marks those).
    static func phase(status: String) -> Phase {
        switch status.lowercased() {
        case "draft": return .draft
        case "reseller pending approval": return .awaitingApproval
        case "submitted", "in progress", "processing": return .processing
        case "executed", "confirmed", "completed": return .completed
        case "failed", "execution failed": return .failed
        case "cancelled by reseller", "cancelled": return .cancelled
        default: return .unknown
        }
    }

    static func offer(_ payload: WhiteLabelProductPayload) -> Offer {
        Offer(id: payload.id, name: payload.name,
              price: payload.price.flatMap { price in payload.currency.map { Money(amount: price, currency: $0) } },
              billing: payload.billingCycle?.lowercased())
    }

    /// The field edited as its type says; a field with options is a choice among them
    /// whatever its type is called.
    static func field(_ payload: WhiteLabelFieldPayload) -> CustomField {
        let choices = (payload.options ?? []).map { CustomField.Choice(id: $0, label: $0) }
        guard choices.isEmpty else {
            return CustomField(name: payload.name, value: payload.value ?? "", kind: .choice, choices: choices)
        }
        let kind: CustomField.Kind = switch payload.type?.lowercased() {
        case "number", "integer", "decimal": .number
        case "boolean", "bool", "checkbox": .boolean
        case "date", "datetime": .date
        default: .text
        }
        return CustomField(name: payload.name, value: payload.value ?? "", kind: kind)
    }

    static func payload(_ field: CustomField) -> WhiteLabelFieldPayload {
        let type = switch field.kind {
        case .text: "Text"
        case .number: "Number"
        case .boolean: "Boolean"
        case .date: "Date"
        case .choice, .selections: "List"
        }
        return WhiteLabelFieldPayload(name: field.name, value: field.value, type: type)
    }
}
