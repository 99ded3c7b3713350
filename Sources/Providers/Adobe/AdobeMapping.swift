import Foundation
import OrderKit

/// Maps Adobe status codes and payloads to OrderKit, per the PROVIDERS.md table.
enum AdobeMapping {
    /// 1000 complete, 1002 pending, 1004 and 1010–1026 failed, 1008 cancelled; any other
    /// code is `unknown`, never an error.
    static func phase(status: String) -> Phase {
        switch status {
        case "1000": return .completed
        case "1002": return .processing
        case "1008": return .cancelled
        case "1004": return .failed
        default:
            guard let code = Int(status), (1010...1026).contains(code) else { return .unknown }
            return .failed
        }
    }

    /// True for a PREVIEW or PREVIEW_RENEWAL answer: a price, never a stored order.
    static func isPreview(_ payload: AdobeOrderPayload) -> Bool {
        payload.orderType.hasPrefix("PREVIEW") || payload.orderId.isEmpty
    }

    /// The order, or nil for a preview, which is never an order.
    static func order(_ payload: AdobeOrderPayload, account: String, customerName: String, raw: Data? = nil,
                      now: Date = Date()) -> Order? {
        guard !isPreview(payload) else { return nil }
        let customerID = payload.customerId ?? ""
        return Order(id: payload.orderId, provider: .adobe, account: account, customerID: customerID,
                     customerName: customerName, status: payload.status, phase: phase(status: payload.status),
                     createdAt: payload.creationDate, updatedAt: now,
                     total: total(payload),
                     items: payload.lineItems.map { item($0, order: payload) },
                     rawPayload: raw.map(PayloadDecoder.text))
    }

    /// A line keeps its own status (a returned line is 1008 while the order is still 1000).
    static func item(_ line: AdobeLineItemPayload, order: AdobeOrderPayload) -> OrderItem {
        let status = line.status.flatMap { $0.isEmpty ? nil : $0 } ?? order.status
        return OrderItem(id: String(line.extLineItemNumber), offerID: line.offerId, name: line.offerId,
                         quantity: line.quantity, unitPrice: unitPrice(line, order: order),
                         status: status, phase: phase(status: status))
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

    static func offer(_ payload: AdobePriceListPayload.Offer, currency: String?) -> Offer {
        Offer(id: payload.offerId, name: payload.productFamily ?? payload.offerId,
              price: both(payload.partnerPrice, payload.currencyCode ?? currency).map { Money(amount: $0, currency: $1) },
              billing: payload.term?.lowercased())
    }

    private static func total(_ payload: AdobeOrderPayload) -> Money? {
        guard let summaries = payload.pricingSummary, summaries.count == 1, let summary = summaries.first else { return nil }
        return Money(amount: summary.totalLineItemPartnerPrice, currency: summary.currencyCode)
    }

    private static func unitPrice(_ line: AdobeLineItemPayload, order: AdobeOrderPayload) -> Money? {
        both(line.pricing?.partnerPrice, line.currencyCode ?? order.currencyCode).map { Money(amount: $0, currency: $1) }
    }

    private static func both<A, B>(_ first: A?, _ second: B?) -> (A, B)? {
        guard let first, let second else { return nil }
        return (first, second)
    }
}
