import Foundation

/// The parameters of `GET /v3/customers/{customerId}/orders`: paging (`limit` 1–100,
/// default 25; `offset`), the filters `order-type`, `status`, `offer-id` and
/// `reference-order-id` (each may repeat: repeated values are ORed, different filters ANDed),
/// `start-date` and `end-date` (a day `YYYY-MM-DD` at midnight UTC, or a Zulu time), and
/// `fetch-price`.
///
/// `start-date` defaults to the customer's current term start, as the reference says: a
/// client that sends none sees the current term only.
struct AdobeHistoryQuery: Sendable {
    static let defaultLimit = 25

    var window: AdobePageWindow
    var orderTypes: [String] = []
    var statuses: [String] = []
    var offerIDs: [String] = []
    var referenceOrderIDs: [String] = []
    /// As sent; nil means the customer's current term start.
    var start: Date?
    /// As sent, the first instant after it: the end of the day for a plain day.
    var endBefore: Date?
    var fetchPrice = false
    /// The dates as sent, for the links.
    private var sentStart: String?
    private var sentEnd: String?

    /// Reads the query, refusing an out-of-range page or an unreadable date with 1117.
    init(_ parameters: [(String, String)]) throws(AdobeRefusal) {
        var violations: [AdobeRefusal.Violation] = []
        let all = { (key: String) in parameters.filter { $0.0 == key }.map(\.1) }
        window = AdobePageWindow(parameters, defaultLimit: Self.defaultLimit, into: &violations)
        orderTypes = all("order-type")
        statuses = all("status")
        offerIDs = all("offer-id")
        referenceOrderIDs = all("reference-order-id")
        fetchPrice = all("fetch-price").last == "true"
        start = Self.instant(all("start-date").last, "start-date", into: &violations)?.date
        sentStart = start == nil ? nil : all("start-date").last
        if let end = Self.instant(all("end-date").last, "end-date", into: &violations) {
            endBefore = end.isDay ? end.date.addingTimeInterval(24 * 3600) : end.date.addingTimeInterval(1)
            sentEnd = all("end-date").last
        }
        if !violations.isEmpty { throw .invalidFields(violations) }
    }

    /// Whether the order is in the answer; `termStart` stands in for a missing `start-date`.
    func matches(_ order: AdobeOrder, termStart: Date) -> Bool {
        Self.any(orderTypes, order.orderType.rawValue)
            && Self.any(statuses, order.status)
            && (offerIDs.isEmpty || order.lineItems.contains { offerIDs.contains($0.offerId) })
            && Self.any(referenceOrderIDs, order.referenceOrderId)
            && order.creationDate >= (start ?? termStart)
            && (endBefore.map { order.creationDate < $0 } ?? true)
    }

    /// The path of the page at `offset` with the same filters, for the envelope's links.
    func uri(customerID: String, offset: Int) -> String {
        var items = [URLQueryItem(name: "limit", value: String(window.limit)), URLQueryItem(name: "offset", value: String(offset))]
        let repeated = [("order-type", orderTypes), ("status", statuses), ("offer-id", offerIDs),
                        ("reference-order-id", referenceOrderIDs)]
        items += repeated.flatMap { key, values in values.map { URLQueryItem(name: key, value: $0) } }
        let single = [("start-date", sentStart), ("end-date", sentEnd),
                      ("fetch-price", fetchPrice ? "true" : nil)]
        items += single.compactMap { key, value in value.map { URLQueryItem(name: key, value: $0) } }
        var components = URLComponents()
        components.queryItems = items
        return "/v3/customers/\(customerID)/orders?\(components.percentEncodedQuery ?? "")"
    }

    private static func any(_ wanted: [String], _ value: String) -> Bool {
        wanted.isEmpty || wanted.contains(value)
    }

    /// A day (midnight UTC) or a time in Zulu, as the reference takes both here and in
    /// `GET /v3/flex-discounts`.
    static func instant(_ text: String?, _ key: String,
                                into violations: inout [AdobeRefusal.Violation]) -> (date: Date, isDay: Bool)? {
        guard let text else { return nil }
        if let day = try? Date.ISO8601FormatStyle().year().month().day().parse(text) { return (day, true) }
        if text.hasSuffix("Z"), let time = try? Date.ISO8601FormatStyle().parse(text) { return (time, false) }
        violations.append(.init(field: key, reason: "\(key) must be a day as YYYY-MM-DD or a time as YYYY-MM-DDTHH:MM:SSZ"))
        return nil
    }
}
