import Foundation
import OrderKit

/// Maps Marketplace statuses and payloads to OrderKit, per the PROVIDERS.md table.
enum MPTMapping {
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

    /// The customer is the licensee when the order names one, else its agreement.
    static func order(_ payload: MPTOrderPayload, account: String, raw: Data? = nil, now: Date = Date()) -> Order {
        let customer = payload.licensee ?? payload.agreement
        return Order(
            id: payload.id, provider: .mpt, account: account, customerID: customer?.id,
            customerName: customer?.name, status: payload.status,
            phase: phase(status: payload.status), createdAt: payload.audit?.created?.at,
            updatedAt: now,
            total: money(payload.price?.SPxM, payload.price),
            items: payload.lines.map { item($0, orderStatus: payload.status) },
            rawPayload: raw.map(PayloadDecoder.text))
    }

    /// Lines have no status of their own: each shows its order's.
    static func item(_ line: MPTLinePayload, orderStatus: String) -> OrderItem {
        OrderItem(id: line.id, offerID: line.item.id, name: line.item.name ?? line.item.id, quantity: line.quantity,
                  unitPrice: money(line.price?.unitSP, line.price), status: orderStatus,
                  phase: phase(status: orderStatus))
    }

    /// The monthly sale price the buyer pays, with the yearly figure in the note.
    static func quote(_ payload: MPTOrderPayload) -> Quote {
        let lines = payload.lines.map { line in
            Quote.Line(offerID: line.item.id, name: line.item.name ?? line.item.id, quantity: line.quantity,
                       unitPrice: money(line.price?.unitSP, line.price), total: money(line.price?.SPxM, line.price))
        }
        let yearly = money(payload.price?.SPxY, payload.price).map { "\($0.formatted) per year" }
        return Quote(lines: lines, total: money(payload.price?.SPxM, payload.price),
                     note: ["Monthly sale price", yearly].compactMap { $0 }.joined(separator: "; "))
    }

    static func parameter(_ payload: MPTParameterPayload) -> MPTParameter {
        let choices = (payload.options ?? []).map { CustomField.Choice(id: $0.value, label: $0.label ?? $0.value) }
        return MPTParameter(id: payload.id, name: payload.name ?? payload.externalId ?? payload.id,
                            externalID: payload.externalId ?? "", value: payload.value ?? "",
                            kind: parameterKind(type: payload.type, hasChoices: !choices.isEmpty), choices: choices,
                            readOnly: payload.constraints?.readonly ?? false,
                            hidden: payload.constraints?.hidden ?? false,
                            required: payload.constraints?.required ?? false, error: payload.error?.message)
    }

    /// A list with options is a choice whatever its type is called; a date, number or
    /// checkbox type edits as such; any other type (text, email, address, …) as text.
    static func parameterKind(type: String?, hasChoices: Bool) -> CustomField.Kind {
        if hasChoices { return .choice }
        return switch type?.lowercased() {
        case "date": .date
        case "number", "integer", "decimal": .number
        case "checkbox", "boolean": .boolean
        default: .text
        }
    }

    static func agreement(_ payload: MPTAgreementPayload) -> MPTAgreement {
        MPTAgreement(id: payload.id, name: payload.name ?? payload.id, status: payload.status ?? "",
                     licenseeID: payload.licensee?.id ?? "",
                     subscriptions: (payload.subscriptions ?? []).map { subscription in
                         MPTAgreement.Subscription(id: subscription.id, itemID: subscription.item?.id ?? "",
                                                   name: subscription.item?.name ?? subscription.item?.id ?? subscription.id,
                                                   quantity: subscription.quantity ?? 0, status: subscription.status ?? "")
                     })
    }

    static func offer(_ payload: MPTCatalogItemPayload) -> Offer {
        Offer(id: payload.id, name: payload.name,
              price: payload.price.flatMap { price in
                  price.unitSP.map { Money(amount: $0, currency: price.currency ?? "USD") }
              },
              billing: "monthly")
    }

    private static func money(_ amount: Decimal?, _ price: MPTPricePayload?) -> Money? {
        guard let amount, let currency = price?.currency else { return nil }
        return Money(amount: amount, currency: currency)
    }
}
