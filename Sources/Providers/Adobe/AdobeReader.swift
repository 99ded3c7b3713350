import Foundation
import OrderKit

/// Reads Adobe orders field by field (the reference publishes its casing, so keys match
/// exactly). Only `orderId` is required: every other field that is absent stays unknown, and
/// one that is present but unreadable is named in `Order.degraded`, so a single bad field
/// never hides the order, and a single bad order never hides its page.
///
/// Prices are read only from complete (`1000`) orders: Adobe prices nothing else, and a
/// pending order showing a price of 0 would be a lie.
enum AdobeReader {
    /// The one order status Adobe prices (`fetch-price=true` on anything else answers none).
    static let pricedStatus = "1000"

    /// An order element of a history page or an order answer.
    ///
    /// - Parameters:
    ///   - customerName: the company name from the customer lookup; nil when it failed.
    ///   - names: product names by offer id, from the price list; empty when it failed.
    static func order(_ object: inout TolerantObject, account: String, customerName: String?,
                      names: [String: String] = [:], raw: String?, now: Date) throws(UnreadableEntry) -> Order {
        guard let id = object.id("orderId") else {
            throw UnreadableEntry(reason: object.degraded["orderId"].map { "orderId: \($0)" } ?? "orderId: absent")
        }
        let status = object.string("status")
        if status == nil, object.degraded["status"] == nil { object.degrade("status", "absent") }
        let currency = object.string("currencyCode")
        let priced = status == pricedStatus
        let items = object.each("lineItems") { line in
            item(&line, orderStatus: status, currency: currency, priced: priced, names: names)
        }
        let (total, pricing) = pricing(&object, status: status)
        return Order(id: id, provider: .adobe, account: account, customerID: object.id("customerId"),
                     customerName: customerName, status: status ?? "",
                     statusMeaning: status.flatMap(AdobeOrderStatus.meaning(of:)),
                     phase: status.map { AdobeOrderStatus.phase(of: $0) } ?? .unknown,
                     createdAt: object.date("creationDate"), updatedAt: now,
                     total: total, pricing: pricing, items: items, rawPayload: raw, degraded: object.degraded)
    }

    /// The total and whether Adobe priced the order: a complete order with one
    /// `pricingSummary` entry is priced; one with several is in more than one currency,
    /// which Adobe does not total; a pending one is priced when complete; any other status
    /// is never priced. A complete order without a readable summary is a failed lookup.
    private static func pricing(_ object: inout TolerantObject, status: String?) -> (Money?, Pricing) {
        guard let status else { return (nil, .lookupFailed(reason: "the order's status could not be read")) }
        switch status {
        case pricedStatus:
            let summaries = object.array("pricingSummary")?.count ?? 0
            if summaries > 1 { return (nil, .notPriced(reason: "the order is in more than one currency")) }
            if let total = total(&object) { return (total, .priced) }
            // The most specific field the summary failed on (`pricingSummary[0].…` over `pricingSummary[0]`).
            let reason = object.degraded.filter { $0.key.hasPrefix("pricingSummary") }.max { $0.key < $1.key }
                .map { "\($0.key): \($0.value)" }
            return (nil, .lookupFailed(reason: reason ?? "the answer carries no pricingSummary"))
        case "1002":
            return (nil, .pricedWhenComplete)
        default:
            return (nil, .notPriced(reason: "it prices complete (1000) orders only"))
        }
    }

    /// A line; nil when it has no `extLineItemNumber` (a return names lines by it). A line
    /// keeps its own status (a returned line is 1008 while the order is still 1000).
    static func item(_ line: inout TolerantObject, orderStatus: String?, currency: String?, priced: Bool,
                     names: [String: String]) -> OrderItem? {
        guard let number = line.id("extLineItemNumber") else { return nil }
        let offerID = line.id("offerId") ?? ""
        let status = line.string("status").flatMap { $0.isEmpty ? nil : $0 } ?? orderStatus ?? ""
        let lineCurrency = line.string("currencyCode") ?? currency
        let unitPrice = priced ? line.nested("pricing") { $0.decimal("partnerPrice") } : nil
        return OrderItem(id: number, offerID: offerID, name: names[offerID] ?? offerID,
                         quantity: line.int("quantity") ?? 0,
                         unitPrice: unitPrice.flatMap { amount in lineCurrency.map { Money(amount: amount, currency: $0) } },
                         status: status, statusMeaning: AdobeOrderStatus.meaning(of: status),
                         phase: AdobeOrderStatus.phase(of: status))
    }

    /// The order's total when Adobe priced it in one currency (`pricingSummary` of one entry).
    private static func total(_ object: inout TolerantObject) -> Money? {
        let summaries = object.each("pricingSummary") { summary -> Money? in
            guard let amount = AdobeMapping.summaryTotal(&summary),
                  let currency = summary.string("currencyCode") else { return nil }
            return Money(amount: amount, currency: currency)
        }
        return summaries.count == 1 ? summaries.first : nil
    }

    /// One order answer (get, create); a preview is never an order.
    static func order(from body: Data, account: String, customerName: String?, names: [String: String] = [:],
                      what: String, now: Date = Date()) throws -> Order {
        guard let value = JSONValue.parse(body), var object = TolerantObject(value, matching: .exact) else {
            throw OrderError.malformedResponse(detail: "\(what): not a JSON object")
        }
        if object.string("orderType")?.hasPrefix("PREVIEW") == true {
            throw OrderError.malformedResponse(detail: "\(what): Adobe answered a preview, not an order")
        }
        do {
            return try order(&object, account: account, customerName: customerName, names: names,
                             raw: PayloadDecoder.text(body), now: now)
        } catch {
            throw OrderError.malformedResponse(detail: "\(what): \(error.reason)")
        }
    }

    /// One page of the order history, element by element; positions count from
    /// `firstPosition` across pages.
    static func historyPage(_ body: Data, firstPosition: Int, account: String, customerName: String?,
                            names: [String: String] = [:], now: Date) throws -> AdobeHistoryRead {
        let (list, envelope) = try ListElements.elements(of: body, keys: ["items"], matching: .exact, what: "order history")
        let (orders, unreadable) = ListElements.orders(list, firstPosition: firstPosition, matching: .exact) {
            object throws(UnreadableEntry) in
            try order(&object, account: account, customerName: customerName, names: names,
                      raw: JSONValue.object(object.fields).jsonText, now: now)
        }
        var links = envelope
        let next = links?.nested("links") { $0.nested("next") { $0.string("uri") } }
        return AdobeHistoryRead(orders: orders, unreadable: unreadable, count: list.count,
                                totalCount: links?.int("totalCount"), limit: links?.int("limit"), next: next)
    }
}
