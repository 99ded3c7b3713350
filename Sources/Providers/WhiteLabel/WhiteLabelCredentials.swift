/// How a whitelabel account authenticates.
public enum WhiteLabelCredentials: Sendable {
    /// A ready bearer token.
    case bearer(String)
    /// The OAuth password grant: client key and secret (sent only as HTTP Basic) and the API user.
    case password(tokenURL: String, clientID: String, clientSecret: String, username: String, password: String)
}
