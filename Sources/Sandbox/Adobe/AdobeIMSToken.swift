/// Adobe IMS's answer to a client-credentials grant (`POST /ims/token/v3`): the token, its
/// type and its lifetime in seconds.
struct AdobeIMSToken: Encodable, Sendable {
    var accessToken: String
    var tokenType = "bearer"
    var expiresIn: Int

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token", tokenType = "token_type", expiresIn = "expires_in"
    }
}
