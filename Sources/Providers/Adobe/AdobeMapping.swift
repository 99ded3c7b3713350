import Foundation
import OrderKit

/// Maps Adobe status codes (`AdobeOrderStatus`) and preview payloads to OrderKit, per the
/// PROVIDERS.md table; orders themselves are read by `AdobeReader`.
enum AdobeMapping {
    /// The code with its meaning, as every screen shows it (`1002 pending`, `1030 unknown
    /// code`); the same words the reader puts in `Order.statusMeaning`.
    static func label(status: String) -> String {
        StatusLabel.text(status, meaning: AdobeOrderStatus.meaning(of: status))
    }

    /// Who placed the order, in words: `API` is a partner's call, `System` Adobe's own
    /// automatic renewal.
    static func source(_ source: String) -> String {
        source == "System" ? "System (automatic renewal)" : source
    }

    /// A line's unit price as the detail view shows it, on the rule of the order's
    /// `Pricing` (`AdobeReader`): only a complete order's, "priced when complete" on a
    /// pending one.
    static func unitPriceText(_ line: AdobeLineItemPayload, order: AdobeOrderPayload) -> String {
        if order.status == AdobeReader.pricedStatus, let price = unitPrice(line, order: order) { return price.formatted }
        return AdobeOrderStatus.phase(of: order.status) == .processing ? pricedWhenComplete : "none"
    }

    static let pricedWhenComplete = "priced when complete"

    /// The total of one `pricingSummary` entry. The reference spells it two ways: the order
    /// reads, previews and invoices (`order-management/get-order.md`, `order-scenarios.md`)
    /// say `totalLineItemPartnerPrice`, the resource table (`references/resources.md`) and the
    /// switch-order samples `totalLineItemPrice`. The documented field is read first, the other
    /// spelling when it is absent or unreadable, so an order priced either way shows its total.
    static func summaryTotal(_ summary: inout TolerantObject) -> Decimal? {
        summary.decimal("totalLineItemPartnerPrice") ?? summary.decimal("totalLineItemPrice")
    }

    /// A line's prorated price, spelled like the summary's total: `lineItemPartnerPrice` first,
    /// then `lineItemPrice`.
    static func lineTotal(_ pricing: inout TolerantObject) -> Decimal? {
        pricing.decimal("lineItemPartnerPrice") ?? pricing.decimal("lineItemPrice")
    }

    /// True for a PREVIEW or PREVIEW_RENEWAL answer: a price, never a stored order.
    static func isPreview(_ payload: AdobeOrderPayload) -> Bool {
        payload.orderType.hasPrefix("PREVIEW") || payload.orderId.isEmpty
    }

    /// A priced preview as a quote, lines named after the cart's.
    static func quote(_ payload: AdobeOrderPayload, names: [Int: String]) -> Quote {
        let lines = payload.lineItems.map { line in
            let currency = line.currencyCode ?? payload.currencyCode
            return Quote.Line(offerID: line.offerId, name: names[line.extLineItemNumber] ?? line.offerId,
                              quantity: line.quantity, unitPrice: unitPrice(line, order: payload),
                              total: both(line.pricing?.lineItemPartnerPrice, currency).map { Money(amount: $0, currency: $1) })
        }
        return Quote(lines: lines, total: total(payload) ?? Money.total(lines.compactMap(\.total)))
    }

    private static func total(_ payload: AdobeOrderPayload) -> Money? {
        guard let summaries = payload.pricingSummary, summaries.count == 1, let summary = summaries.first else { return nil }
        return Money(amount: summary.total, currency: summary.currencyCode)
    }

    private static func unitPrice(_ line: AdobeLineItemPayload, order: AdobeOrderPayload) -> Money? {
        both(line.pricing?.partnerPrice, line.currencyCode ?? order.currencyCode).map { Money(amount: $0, currency: $1) }
    }

    private static func both<A, B>(_ first: A?, _ second: B?) -> (A, B)? {
        guard let first, let second else { return nil }
        return (first, second)
    }
}
