/// A token endpoint's refusal (RFC 6749 §5.2), or a plain `{"message"}`.
struct OAuthErrorPayload: Decodable {
    var errorDescription: String?
    var message: String?

    enum CodingKeys: String, CodingKey { case errorDescription = "error_description", message = "Message" }
}
