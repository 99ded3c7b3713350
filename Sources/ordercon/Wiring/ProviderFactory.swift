import Config
import OrderKit
import Providers

/// Builds the client for a configured account, resolving its secrets. The only place that
/// knows which concrete client serves which provider.
struct ProviderFactory {
    let config: AppConfig
    let resolver: SecretResolver
    let observer: (@Sendable (RequestRecord) -> Void)?

    func make(_ account: AccountConfig) throws -> any OrderProvider {
        let transport = HTTPTransport(account: account.name, baseURL: account.baseURL, observer: observer)
        switch account.provider {
        case .whitelabel:
            return WhiteLabelClient(transport: transport, credentials: try whiteLabelCredentials(account),
                                    freeEdition: account.edition == .free)
        case .appxite, .adobe, .adility, .mpt:
            throw OrderError.configuration(
                detail: "account '\(account.name)': the \(account.provider.rawValue) client is not built yet; use a whitelabel account")
        }
    }

    private func secret(_ name: String?, key: String, _ account: AccountConfig) throws -> String? {
        guard let name else { return nil }
        return try resolver.resolve(name, key: key, account: account, config: config)
    }

    private func whiteLabelCredentials(_ account: AccountConfig) throws -> WhiteLabelCredentials {
        let auth = account.auth
        if let token = try secret(auth.tokenEnv, key: "token_env", account) { return .bearer(token) }
        let required = [("client_id_env", auth.clientIDEnv), ("client_secret_env", auth.clientSecretEnv),
                        ("username_env", auth.usernameEnv), ("password_env", auth.passwordEnv)]
        if let missing = required.first(where: { $0.1 == nil }) {
            throw ConfigError(path: config.path ?? "config", line: account.line,
                              message: "account '\(account.name)' needs [accounts.auth] token_env, or \(missing.0) with the other password-grant keys")
        }
        return .password(tokenURL: auth.tokenURL ?? account.baseURL + "/oauth/token",
                         clientID: try secret(auth.clientIDEnv, key: "client_id_env", account)!,
                         clientSecret: try secret(auth.clientSecretEnv, key: "client_secret_env", account)!,
                         username: try secret(auth.usernameEnv, key: "username_env", account)!,
                         password: try secret(auth.passwordEnv, key: "password_env", account)!)
    }
}
