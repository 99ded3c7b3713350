import Foundation

/// The parameters of `GET /v3/customers/{customerId}/orders`: paging (`limit` 1–100,
/// default 25; `offset`) and the filters `order-type`, `status`, `offer-id`, `start-date`
/// and `end-date` (days, `YYYY-MM-DD`, both inclusive).
struct AdobeHistoryQuery: Sendable {
    static let defaultLimit = 25
    static let maxLimit = 100

    var limit = defaultLimit
    var offset = 0
    var orderType: String?
    var status: String?
    var offerID: String?
    var start: Date?
    /// The first instant after the `end-date` day.
    var endBefore: Date?

    /// Reads the query, refusing an out-of-range page or an unreadable date with 1117.
    init(_ parameters: [String: String]) throws(AdobeRefusal) {
        var violations: [AdobeRefusal.Violation] = []
        if let text = parameters["limit"] {
            if let value = Int(text), (1...Self.maxLimit).contains(value) {
                limit = value
            } else {
                violations.append(.init(field: "limit", reason: "limit must be a whole number from 1 to \(Self.maxLimit)"))
            }
        }
        if let text = parameters["offset"] {
            if let value = Int(text), value >= 0 {
                offset = value
            } else {
                violations.append(.init(field: "offset", reason: "offset must be a whole number of at least 0"))
            }
        }
        orderType = parameters["order-type"]
        status = parameters["status"]
        offerID = parameters["offer-id"]
        start = Self.day(parameters, "start-date", into: &violations)
        endBefore = Self.day(parameters, "end-date", into: &violations)?.addingTimeInterval(24 * 3600)
        if !violations.isEmpty { throw .invalidFields(violations) }
    }

    func matches(_ order: AdobeOrder) -> Bool {
        (orderType.map { $0 == order.orderType.rawValue } ?? true)
            && (status.map { $0 == order.status } ?? true)
            && (offerID.map { offer in order.lineItems.contains { $0.offerId == offer } } ?? true)
            && (start.map { order.creationDate >= $0 } ?? true)
            && (endBefore.map { order.creationDate < $0 } ?? true)
    }

    /// The path of the page at `offset` with the same filters, for the envelope's links.
    func uri(customerID: String, offset: Int) -> String {
        var items = [URLQueryItem(name: "limit", value: String(limit)), URLQueryItem(name: "offset", value: String(offset))]
        let filters = [("order-type", orderType), ("status", status), ("offer-id", offerID),
                       ("start-date", start.map(Self.format)),
                       ("end-date", endBefore.map { Self.format($0.addingTimeInterval(-24 * 3600)) })]
        items += filters.compactMap { key, value in value.map { URLQueryItem(name: key, value: $0) } }
        var components = URLComponents()
        components.queryItems = items
        return "/v3/customers/\(customerID)/orders?\(components.percentEncodedQuery ?? "")"
    }

    private static func day(_ parameters: [String: String], _ key: String,
                            into violations: inout [AdobeRefusal.Violation]) -> Date? {
        guard let text = parameters[key] else { return nil }
        guard let day = try? Date.ISO8601FormatStyle().year().month().day().parse(text) else {
            violations.append(.init(field: key, reason: "\(key) must be a day as YYYY-MM-DD"))
            return nil
        }
        return day
    }

    private static func format(_ day: Date) -> String {
        day.formatted(Date.ISO8601FormatStyle().year().month().day())
    }
}
