import Hummingbird

/// A request the Adobe sandbox refuses, rendered in Adobe's error shape
/// `{"code", "message", "additionalDetails": [...]}`. Codes are strings on the wire: numeric
/// ones ("1117", "4119") for most refusals, words for over-quantity returns.
struct AdobeRefusal: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var additionalDetails: [String] = []

    struct Body: Encodable {
        var code: String
        var message: String
        var additionalDetails: [String]
    }

    var body: Body { Body(code: code, message: message, additionalDetails: additionalDetails) }

    /// One field that broke a rule, named by its JSON path (`lineItems[0].quantity`).
    struct Violation: Sendable {
        var field: String
        var reason: String
    }

    /// Code 1117, Adobe's "Some fields are invalid", listing every offending field.
    static func invalidFields(_ violations: [Violation]) -> AdobeRefusal {
        AdobeRefusal(status: .badRequest, code: "1117",
                     message: violations.map(\.reason).joined(separator: "; "),
                     additionalDetails: violations.map(\.field))
    }

    static func invalidField(_ field: String, _ reason: String) -> AdobeRefusal {
        invalidFields([Violation(field: field, reason: reason)])
    }

    /// The reference's codes for a bad token (4116, HTTP 401) and a bad API key (4115, 403).
    static let invalidToken = AdobeRefusal(status: .unauthorized, code: "4116",
                                           message: "Invalid Authorization token")
    static let invalidAPIKey = AdobeRefusal(status: .forbidden, code: "4115", message: "Invalid API Key")
    static let rateLimited = AdobeRefusal(status: .tooManyRequests, code: "4118",
                                          message: "Too many requests; slow down and retry in a minute")
    static let missingCorrelationID = AdobeRefusal(status: .badRequest, code: "4119",
                                                   message: "X-Correlation-Id header is required")
    static let duplicateRequestID = AdobeRefusal(
        status: .badRequest, code: "4120",
        message: "X-Request-Id was already used with another X-Correlation-Id; send a new X-Request-Id for every request")

    /// Code 1116, "Invalid Customer", on every call naming a customer the reseller lacks.
    static func invalidCustomer(_ id: String) -> AdobeRefusal {
        AdobeRefusal(status: .notFound, code: "1116", message: "Invalid customer ID \(id)")
    }

    /// Code 2115, "Invalid Customer or Order ID".
    static func orderNotFound(_ id: String) -> AdobeRefusal {
        AdobeRefusal(status: .notFound, code: "2115", message: "Order \(id) does not exist for this customer")
    }

    /// Code 1162, "Price List not found": a month not published (yet).
    static func priceListNotFound(_ month: String) -> AdobeRefusal {
        AdobeRefusal(status: .notFound, code: "1162", message: "Price list not found for month \(month)",
                     additionalDetails: ["priceListMonth"])
    }

    /// A path or method the API does not have, in the same error shape as every refusal.
    static func unknownRoute(_ method: String, _ path: String) -> AdobeRefusal {
        AdobeRefusal(status: .notFound, code: "404", message: "No such resource: \(method) \(path)")
    }

    /// A return asking for more than the referenced line's `remainingQuantity`: 422 with the
    /// reference's reason code.
    static func returnExceedsQuantity(field: String, message: String) -> AdobeRefusal {
        AdobeRefusal(status: .unprocessableContent, code: "RETURN_QTY_EXCEEDS_REMAINING", message: message,
                     additionalDetails: [field])
    }
}
