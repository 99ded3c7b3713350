import Foundation

/// An order as the operations, the detail view and previews need it whole (seed 002's
/// response body). A preview has an empty `orderId` and `status`, and `pricingSummary`
/// when fetched with prices.
///
/// Decoded leniently, as `AdobeReader` reads orders: numbers may come as text, absent
/// fields stay empty, and a line without an `extLineItemNumber` or `offerId` is left out
/// (nothing can be returned by it), so one odd field never costs the whole detail view.
struct AdobeOrderPayload: Decodable {
    /// One currency's total, whichever of the reference's two spellings carried it
    /// (`AdobeMapping.summaryTotal`).
    struct PricingSummary {
        var currencyCode: String
        var total: Decimal
    }

    var externalReferenceId: String?
    var orderId: String
    var orderType: String
    var referenceOrderId: String?
    var currencyCode: String?
    var creationDate: Date?
    var status: String
    /// Who placed it: `API` (a partner's call) or `System` (an automatic renewal).
    var source: String?
    var lineItems: [AdobeLineItemPayload]
    var pricingSummary: [PricingSummary]?

    /// The order in an answer; an answer nesting too deep is refused before it is walked.
    static func read(_ body: Data, what: String) throws -> AdobeOrderPayload {
        try JSONValue.refuseDeepNesting(body, what: what)
        return try PayloadDecoder.decode(AdobeOrderPayload.self, from: body, what: what)
    }

    init(from decoder: any Decoder) throws {
        guard var object = TolerantObject(try JSONValue(from: decoder), matching: .exact) else {
            throw DecodingError.typeMismatch(AdobeOrderPayload.self, .init(codingPath: decoder.codingPath,
                                                                         debugDescription: "an order is an object"))
        }
        externalReferenceId = object.string("externalReferenceId")
        orderId = object.id("orderId") ?? ""
        orderType = object.string("orderType") ?? ""
        referenceOrderId = object.string("referenceOrderId")
        currencyCode = object.string("currencyCode")
        creationDate = object.date("creationDate")
        status = object.string("status") ?? ""
        source = object.string("source")
        lineItems = object.each("lineItems") { AdobeLineItemPayload(reading: &$0) }
        let summaries = object.each("pricingSummary") { summary -> PricingSummary? in
            guard let total = AdobeMapping.summaryTotal(&summary),
                  let currency = summary.string("currencyCode") else { return nil }
            return PricingSummary(currencyCode: currency, total: total)
        }
        pricingSummary = summaries.isEmpty ? nil : summaries
    }
}
