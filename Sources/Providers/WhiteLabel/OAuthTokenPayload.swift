/// The token endpoint's answer.
struct OAuthTokenPayload: Decodable {
    var accessToken: String

    enum CodingKeys: String, CodingKey { case accessToken = "access_token" }
}
