/// A token endpoint's answer (RFC 6749 §5.1).
struct OAuthTokenResponse: Decodable {
    var accessToken: String

    enum CodingKeys: String, CodingKey { case accessToken = "access_token" }
}
