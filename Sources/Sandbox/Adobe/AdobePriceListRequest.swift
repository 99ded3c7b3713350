import Foundation

/// A `POST /v3/pricelist` request: the body's choice of list and offer attributes, and the
/// page (`limit` 1–100, default 20; `offset`) from the query. Every field the reference
/// requires (`region`, `marketSegment`, `currency`, `priceListMonth` as `YYYYMM`) is
/// checked at once, each missing or malformed one named in a 1117 refusal.
struct AdobePriceListRequest: Sendable {
    static let defaultLimit = 20
    static let regions = ["AP", "JP", "WE", "LA", "MX", "EE", "PA", "NA"]
    static let marketSegments = ["COM", "EDU", "GOV"]
    static let priceListTypes = ["STANDARD", "3YC", "STD-LGA"]
    /// The attributes `includeOfferAttributes` may name; any other is refused.
    static let offerAttributes: Set<String> = [
        "productFamily", "productType", "productTypeDetail", "operatingSystem", "language", "version", "users",
        "metric", "bridge", "partNumber", "acdIndicator", "acdEffectiveDate", "levelDetails", "firstOrderDate",
        "lastOrderDate", "partnerPrice", "estimatedStreetPrice", "discountCode", "estimatedShipDate",
        "publicAnnounceDate", "rmaRequestDeadline", "acdDescription", "pool", "duration", "additionalDetail",
    ]

    private struct Body: Decodable {
        var region: String?
        var marketSegment: String?
        var priceListType: String?
        var currency: String?
        var priceListMonth: String?
        var includeOfferAttributes: [String]?

        enum CodingKeys: String, CodingKey {
            case region, marketSegment, priceListType, currency, priceListMonth, includeOfferAttributes
        }
    }

    var region: String
    var marketSegment: String
    var priceListType: String
    var currency: String
    /// `YYYYMM`.
    var month: String
    var attributes: Set<String>
    var window: AdobePageWindow

    init(body data: Data, query: [(String, String)]) throws(AdobeRefusal) {
        let body: Body
        do {
            body = try JSONReply.decoder.decode(Body.self, from: data)
        } catch {
            throw .invalidField("body", "The request body is not a price-list request: \(DecodingErrorSummary.describe(error))")
        }
        var violations: [AdobeRefusal.Violation] = []
        let required = { (field: String, value: String?, choices: [String]?) -> String in
            guard let value, !value.isEmpty else {
                violations.append(.init(field: field, reason: "\(field) is required"))
                return ""
            }
            if let choices, !choices.contains(value) {
                violations.append(.init(field: field, reason: "\(field) must be one of \(choices.joined(separator: ", "))"))
            }
            return value
        }
        region = required("region", body.region, Self.regions)
        marketSegment = required("marketSegment", body.marketSegment, Self.marketSegments)
        currency = required("currency", body.currency, nil)
        month = required("priceListMonth", body.priceListMonth, nil)
        if !month.isEmpty, Self.monthNumber(month) == nil {
            violations.append(.init(field: "priceListMonth", reason: "priceListMonth must be a month as YYYYMM"))
        }
        priceListType = body.priceListType ?? "STANDARD"
        if !Self.priceListTypes.contains(priceListType) {
            violations.append(.init(field: "priceListType",
                                    reason: "priceListType must be one of \(Self.priceListTypes.joined(separator: ", "))"))
        }
        attributes = Set(body.includeOfferAttributes ?? [])
        if let unknown = attributes.subtracting(Self.offerAttributes).sorted().first {
            violations.append(.init(field: "includeOfferAttributes", reason: "unknown offer attribute '\(unknown)'"))
        }
        window = AdobePageWindow(query, defaultLimit: Self.defaultLimit, into: &violations)
        if !violations.isEmpty { throw .invalidFields(violations) }
    }

    /// The month as `year * 12 + month - 1`, for comparing months; nil when not `YYYYMM`.
    static func monthNumber(_ text: String) -> Int? {
        guard text.count == 6, text.allSatisfy(\.isASCII), let value = Int(text) else { return nil }
        let (year, month) = value.quotientAndRemainder(dividingBy: 100)
        guard (1...12).contains(month) else { return nil }
        return year * 12 + month - 1
    }
}
