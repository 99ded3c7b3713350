/// Where an account's credentials come from: names of environment variables (or of entries
/// in the secrets file), never the secrets themselves.
public struct AuthConfig: Sendable, Equatable {
    public var tokenEnv: String?
    public var apiKeyEnv: String?
    public var subscriptionKeyEnv: String?
    public var tokenURL: String?
    public var clientIDEnv: String?
    public var clientSecretEnv: String?
    public var usernameEnv: String?
    public var passwordEnv: String?
    /// The OAuth scope a client-credentials token endpoint wants (Adobe IMS does).
    public var scope: String?
    /// A 0600 TOML file of `NAME = "secret"` entries, consulted after the environment.
    public var secretsFile: String?

    public init(tokenEnv: String? = nil, apiKeyEnv: String? = nil, subscriptionKeyEnv: String? = nil,
                tokenURL: String? = nil, clientIDEnv: String? = nil, clientSecretEnv: String? = nil,
                usernameEnv: String? = nil, passwordEnv: String? = nil, scope: String? = nil, secretsFile: String? = nil) {
        self.tokenEnv = tokenEnv
        self.apiKeyEnv = apiKeyEnv
        self.subscriptionKeyEnv = subscriptionKeyEnv
        self.tokenURL = tokenURL
        self.clientIDEnv = clientIDEnv
        self.clientSecretEnv = clientSecretEnv
        self.usernameEnv = usernameEnv
        self.passwordEnv = passwordEnv
        self.scope = scope
        self.secretsFile = secretsFile
    }

    /// The config keys of this table, in the order they are documented.
    static let keys = ["token_env", "api_key_env", "subscription_key_env", "token_url", "client_id_env",
                       "client_secret_env", "username_env", "password_env", "scope", "secrets_file"]
}
