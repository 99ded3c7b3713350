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

    static let invalidToken = AdobeRefusal(status: .unauthorized, code: "401",
                                           message: "Invalid Authorization token")
    static let invalidAPIKey = AdobeRefusal(status: .forbidden, code: "403", message: "Invalid API Key")
    static let rateLimited = AdobeRefusal(status: .tooManyRequests, code: "4118",
                                          message: "Too many requests; slow down and retry in a minute")
    static let missingCorrelationID = AdobeRefusal(status: .badRequest, code: "4119",
                                                   message: "X-Correlation-Id header is required")
    static let duplicateRequestID = AdobeRefusal(
        status: .badRequest, code: "4120",
        message: "X-Request-Id was already used with another X-Correlation-Id; send a new X-Request-Id for every request")

    static func invalidCustomer(_ id: String) -> AdobeRefusal {
        AdobeRefusal(status: .notFound, code: "404", message: "Invalid customer ID \(id)")
    }

    static func orderNotFound(_ id: String) -> AdobeRefusal {
        AdobeRefusal(status: .notFound, code: "404", message: "Order \(id) does not exist for this customer")
    }

    /// A return asking for more than the referenced line still has: 422 with a word code.
    static func returnExceedsQuantity(field: String, message: String) -> AdobeRefusal {
        AdobeRefusal(status: .unprocessableContent, code: "RETURN_QUANTITY_EXCEEDED", message: message,
                     additionalDetails: [field])
    }
}
