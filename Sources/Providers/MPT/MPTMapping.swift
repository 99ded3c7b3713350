import Foundation
import OrderKit

/// Maps Marketplace statuses and payloads to OrderKit, per the PROVIDERS.md table.
enum MPTMapping {
    /// The order's `type` (Purchase, Change, Termination); nil for a type this build does not
    /// know, which is then shown without a kind rather than as a purchase.
    static func kind(type: String) -> OrderKind? {
        switch type {
        case "Purchase": .purchase
        case "Change": .change
        case "Termination": .termination
        default: nil
        }
    }

    static func phase(status: String) -> Phase {
        switch status {
        case "New", "Draft", "Quoted": .draft
        case "Querying": .awaitingApproval
        case "Processing": .processing
        case "Completed": .completed
        case "Failed": .failed
        case "Deleted": .cancelled
        default: .unknown
        }
    }

    static func parameter(_ payload: MPTParameterPayload) -> MPTParameter {
        let choices = (payload.options?.list ?? []).map { CustomField.Choice(id: $0.value, label: $0.label ?? $0.value) }
        let kind = parameterKind(type: payload.type, hasChoices: !choices.isEmpty)
        let ticked = kind == .selections ? selections(payload.value) : nil
        let text: String? = switch payload.value {
        case _ where ticked != nil: ticked.map(CustomField.text(of:))
        case .string(let text)?: text
        case .number(let number)?: "\(number)"
        case .bool(let flag)?: flag ? "true" : "false"
        default: nil
        }
        let structured = text == nil ? payload.value?.jsonText : nil
        var parameter = MPTParameter(id: payload.id, name: payload.name ?? payload.externalId ?? payload.id,
                            externalID: payload.externalId ?? "",
                            value: text ?? payload.displayValue ?? structured ?? "",
                            displayValue: payload.displayValue, structuredValue: structured,
                            kind: kind, choices: choices,
                            readOnly: payload.constraints?.readonly ?? false,
                            hidden: payload.constraints?.hidden ?? false,
                            required: payload.constraints?.required ?? false, error: payload.error?.message)
        parameter.shape = objectShape(type: payload.type, value: payload.value)
        return parameter
    }

    /// An Address or Contact is edited by its properties while its value is an object or
    /// still empty; a value of another kind stays read-only rather than be overwritten.
    static func objectShape(type: String?, value: JSONValue?) -> MPTObjectShape? {
        switch value {
        case nil, .null?, .object?: MPTObjectShape.of(type: type)
        case .string(let text)?: text.isEmpty ? MPTObjectShape.of(type: type) : nil
        default: nil
        }
    }

    /// The ticked options of a Checkbox, read tolerantly: the reference's list of strings
    /// (numbers and flags in it as text), one option as text, none for `null`, an empty text
    /// or `false`; nil for an object, which stays a read-only structured value.
    static func selections(_ value: JSONValue?) -> [String]? {
        switch value {
        case nil, .null?: []
        case .string(let text)?: text.isEmpty || text == "false" ? [] : [text]
        case .array(let items)?:
            items.compactMap { item -> String? in
                switch item {
                case .string(let text): text
                case .number(let number): "\(number)"
                case .bool(let flag): flag ? "true" : "false"
                case .null, .array, .object: nil
                }
            }
        case .number(let number)?: ["\(number)"]
        case .bool(let flag)?: flag ? ["true"] : []
        case .object?: nil
        }
    }

    /// A Checkbox with options is a multi-select; any other list with options is a choice
    /// whatever its type is called; a date, number or a Checkbox without options (one flag)
    /// edits as such; any other type (text, email, address, …) as text.
    static func parameterKind(type: String?, hasChoices: Bool) -> CustomField.Kind {
        if hasChoices { return type?.lowercased() == "checkbox" ? .selections : .choice }
        return switch type?.lowercased() {
        case "date": .date
        case "number", "integer", "decimal": .number
        case "checkbox", "boolean": .boolean
        default: .text
        }
    }

    /// An agreement with the subscriptions it names (and any that name it), each read from
    /// `subscriptions`: the item and quantity of its first line. A subscription the list did
    /// not return has no status, so it is never taken for an Active one.
    static func agreement(_ payload: MPTAgreementPayload, subscriptions: [MPTSubscriptionPayload]) -> MPTAgreement {
        let named = (payload.subscriptions ?? []).map(\.id)
        let ids = named + subscriptions.filter { $0.agreement?.id == payload.id && !named.contains($0.id) }.map(\.id)
        return MPTAgreement(id: payload.id, name: payload.name ?? payload.id, status: payload.status ?? "",
                            licenseeID: payload.licensee?.id ?? "",
                            subscriptions: ids.map { id in
                                let subscription = subscriptions.first { $0.id == id }
                                let line = subscription?.lines?.first
                                return MPTAgreement.Subscription(
                                    id: id, itemID: line?.item?.id ?? "",
                                    name: subscription?.name ?? line?.item?.name ?? line?.item?.id ?? id,
                                    quantity: line?.quantity ?? 0, status: subscription?.status ?? "")
                            })
    }

    static func offer(_ payload: MPTCatalogItemPayload) -> Offer {
        Offer(id: payload.id, name: payload.name,
              price: payload.price.flatMap { price in
                  price.currency.flatMap { currency in price.unitSP.map { Money(amount: $0, currency: currency) } }
              },
              billing: "monthly")
    }
}
