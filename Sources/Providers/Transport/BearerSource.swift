/// Where a client's bearer token comes from.
public enum BearerSource: Sendable {
    /// A ready token, from the account's `token_env`.
    case token(String)
    /// The OAuth 2.0 client-credentials grant (Adobe IMS, Appxite): client id and secret
    /// posted to the token endpoint.
    case clientCredentials(tokenURL: String, clientID: String, clientSecret: String, scope: String?)
    /// The OAuth 2.0 password grant (whitelabel): client key and secret only as HTTP Basic,
    /// plus the API user.
    case password(tokenURL: String, clientID: String, clientSecret: String, username: String, password: String)

    /// Whether asking again can give a different token (so a 401 is worth one retry).
    var canRefresh: Bool {
        if case .token = self { return false }
        return true
    }
}
