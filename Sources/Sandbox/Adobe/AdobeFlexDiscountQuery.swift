import Foundation

/// The parameters of `GET /v3/flex-discounts`: `market-segment` and `country` (required),
/// `categories`, `offer-ids` (comma-separated), `flex-discount-code`, `flex-discount-id`
/// (alone with the required two), `start-date`, `end-date`, and paging (`limit` 1–50,
/// default 20; `offset`). Broken rules are named 1117 fields.
struct AdobeFlexDiscountQuery: Sendable {
    static let defaultLimit = 20
    static let maxLimit = 50

    var marketSegment: String
    var country: String
    var categories: [String]
    var offerIDs: [String]
    var code: String?
    var id: String?
    var start: Date?
    var end: Date?
    var window: AdobePageWindow
    /// The query as sent, less paging, for the envelope's links.
    private var sent: [(String, String)]

    init(_ parameters: [(String, String)]) throws(AdobeRefusal) {
        var violations: [AdobeRefusal.Violation] = []
        let last = { (key: String) in parameters.last { $0.0 == key }?.1 }
        let list = { (key: String) in
            parameters.filter { $0.0 == key }.flatMap { $0.1.split(separator: ",") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        marketSegment = last("market-segment") ?? ""
        country = last("country") ?? ""
        if marketSegment.count != 3 {
            violations.append(.init(field: "market-segment", reason: "market-segment (COM, EDU, GOV) is required"))
        }
        if !(2...3).contains(country.count) {
            violations.append(.init(field: "country", reason: "country (ISO 3166-1 alpha-2, e.g. US) is required"))
        }
        categories = list("categories")
        offerIDs = list("offer-ids")
        code = last("flex-discount-code")
        id = last("flex-discount-id")
        if id != nil {
            let others = ["categories", "offer-ids", "flex-discount-code", "start-date", "end-date"]
                .filter { key in parameters.contains { $0.0 == key } }
            violations += others.map { .init(field: $0, reason: "\($0) cannot be sent with flex-discount-id") }
        }
        start = AdobeHistoryQuery.instant(last("start-date"), "start-date", into: &violations)?.date
        end = AdobeHistoryQuery.instant(last("end-date"), "end-date", into: &violations)?.date
        window = AdobePageWindow(parameters, defaultLimit: Self.defaultLimit, maxLimit: Self.maxLimit, into: &violations)
        sent = parameters.filter { $0.0 != "limit" && $0.0 != "offset" }
        if !violations.isEmpty { throw .invalidFields(violations) }
    }

    func matches(_ discount: AdobeFlexDiscount) -> Bool {
        if let id { return discount.id == id && discount.applies(in: country) }
        return discount.applies(in: country)
            && (categories.isEmpty || categories.contains(discount.category))
            && (offerIDs.isEmpty || discount.qualifies(offerIDs))
            && (code.map { $0 == discount.code } ?? true)
            && (start.map { discount.endDate >= $0 } ?? true)
            && (end.map { discount.startDate <= $0 } ?? true)
    }

    /// The path of the page at `offset` with the same parameters.
    func uri(offset: Int) -> String {
        var components = URLComponents()
        components.queryItems = (sent + [("limit", String(window.limit)), ("offset", String(offset))])
            .map { URLQueryItem(name: $0.0, value: $0.1) }
        return "/v3/flex-discounts?\(components.percentEncodedQuery ?? "")"
    }
}
