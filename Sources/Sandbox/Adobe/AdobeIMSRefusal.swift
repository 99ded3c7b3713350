import Hummingbird

/// A token request Adobe IMS refuses, in the OAuth 2.0 error shape IMS answers
/// (`{"error", "error_description"}`, RFC 6749 §5.2), not the partner API's `{code, message}`.
struct AdobeIMSRefusal: Error, Sendable {
    var status: HTTPResponse.Status
    var error: String
    var errorDescription: String

    struct Body: Encodable {
        var error: String
        var errorDescription: String

        enum CodingKeys: String, CodingKey { case error, errorDescription = "error_description" }
    }

    var body: Body { Body(error: error, errorDescription: errorDescription) }

    static func missing(_ parameter: String) -> AdobeIMSRefusal {
        AdobeIMSRefusal(status: .badRequest, error: "invalid_request", errorDescription: "missing \(parameter) parameter")
    }

    static let unsupportedGrant = AdobeIMSRefusal(
        status: .badRequest, error: "unsupported_grant_type",
        errorDescription: "grant_type must be client_credentials for an OAuth server-to-server credential")

    /// A wrong client id or secret; RFC 6749 lets a token endpoint answer 401 here, and the
    /// client then knows that asking again will not help.
    static func invalidClient(_ parameter: String) -> AdobeIMSRefusal {
        AdobeIMSRefusal(status: .unauthorized, error: "invalid_client", errorDescription: "invalid \(parameter) parameter")
    }
}
