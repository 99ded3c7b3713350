import Foundation
import OrderKit

/// Maps Appxite statuses and payloads to OrderKit, per the PROVIDERS.md table.
enum AppxiteMapping {
    /// Anything not listed is `unknown`, never an error. A scheduled order is stored and not
    /// yet submitted (a draft until its date); a rejected one is withdrawn. "Pending approval"
    /// is the reference's name for a manual-approval order, `awaiting_approval` the sandbox's.
    static func phase(status: String) -> Phase {
        switch status.lowercased() {
        case "cart": .cart
        case "scheduled": .draft
        case "pending approval", "awaiting_approval": .awaitingApproval
        case "provision_started": .processing
        case "provision_finished": .completed
        case "provision_failed": .failed
        case "cancelled", "rejected": .cancelled
        default: .unknown
        }
    }

    /// The organization (X-On-Behalf-Of) is the customer; the API gives it no name, so the
    /// account's configured `organization_name` stands for it, or else its id.
    static func order(_ payload: AppxiteOrderPayload, account: String, customerName: String? = nil, raw: Data? = nil,
                      now: Date = Date()) -> Order {
        Order(id: payload.id, provider: .appxite, account: account, customerID: payload.organizationID,
              customerName: customerName ?? payload.organizationID, status: payload.status,
              phase: phase(status: payload.status), createdAt: payload.createdAt, updatedAt: now,
              total: money(payload.total, payload.currency),
              items: payload.items.map { item($0, currency: payload.currency) },
              rawPayload: raw.map(PayloadDecoder.text), degraded: payload.degraded)
    }

    static func item(_ payload: AppxiteItemPayload, currency: String?) -> OrderItem {
        OrderItem(id: payload.id, offerID: payload.offerID, name: payload.offerName ?? payload.offerID,
                  quantity: payload.quantity, unitPrice: money(payload.unitPrice, currency),
                  status: payload.status, phase: phase(status: payload.status))
    }

    /// An amount is money only with its currency; none is made up for it.
    static func money(_ amount: Decimal?, _ currency: String?) -> Money? {
        amount.flatMap { amount in currency.map { Money(amount: amount, currency: $0) } }
    }

    /// The catalog price and billing cycle are those of the offer's first charge period.
    static func offer(_ payload: AppxiteOfferPayload) -> Offer {
        let period = payload.form.chargePeriods.first
        return Offer(id: payload.id, name: payload.name,
                     price: period?.price.map { Money(amount: $0, currency: payload.currency ?? "EUR") },
                     billing: period?.pricingFrequency.lowercased())
    }

    /// Amounts without a currency stay unpriced rather than get one made up.
    static func quote(_ payload: AppxiteQuotePayload) -> Quote {
        let money = { (amount: Decimal?) in Self.money(amount, payload.currency) }
        return Quote(lines: payload.lines.map {
                         Quote.Line(offerID: $0.offerID, name: $0.offerName ?? $0.offerID, quantity: $0.quantity,
                                    unitPrice: money($0.unitPrice), total: money($0.total))
                     },
                     total: money(payload.total), note: "Priced by Appxite create_quote; nothing was placed.")
    }
}
