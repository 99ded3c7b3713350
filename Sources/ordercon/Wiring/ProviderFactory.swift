import Config
import OrderKit
import Foundation
import Providers
import Sandbox

/// Builds the client for a configured account, resolving its secrets. The only place that
/// knows which concrete client serves which provider.
struct ProviderFactory {
    let config: AppConfig
    let resolver: SecretResolver
    let observer: (@Sendable (RequestRecord) -> Void)?

    func make(_ account: AccountConfig) throws -> any OrderProvider {
        let auth = account.auth
        let route = try NetworkRoute.forAccount(baseURL: account.baseURL, proxy: account.proxy, caFile: account.caFile).get()
        let baseURL = account.provider == .mpt ? MPTClient.apiBase(account.baseURL) : account.baseURL
        let transport = HTTPTransport(account: account.name, baseURL: baseURL, timeout: account.timeout ?? 30,
                                      concurrency: account.concurrency, route: route, observer: observer)
        switch account.provider {
        case .whitelabel:
            return WhiteLabelClient(transport: transport, credentials: try bearer(account),
                                    freeEdition: account.edition == .free)
        case .adobe:
            guard let customerID = account.customerID else {
                throw missing("customer_id", "the Adobe customer id the orders are for", account)
            }
            guard let region = account.region else {
                throw missing("region", "the partner's price-list region, e.g. NA", account)
            }
            return AdobeClient(transport: transport, bearer: try bearer(account),
                               apiKey: try required(auth.apiKeyEnv, key: "api_key_env", account), customerID: customerID,
                               region: region)
        case .adility:
            return AdilityClient(transport: transport, apiKey: try required(auth.apiKeyEnv, key: "api_key_env", account),
                                 format: account.format == .xml ? .xml : .json, area: account.search.map(Self.area))
        case .mpt:
            return MPTClient(transport: transport, token: try required(auth.tokenEnv, key: "token_env", account))
        case .appxite:
            guard let organizationID = account.organizationID else {
                throw missing("organization_id", "the organization the orders are placed for (X-On-Behalf-Of)", account)
            }
            guard let referer = account.referer else {
                throw missing("referer", "the portal URL Appxite expects as Referer", account)
            }
            return AppxiteClient(transport: transport,
                                 bearer: try bearer(account),
                                 subscriptionKey: try required(auth.subscriptionKeyEnv, key: "subscription_key_env", account),
                                 organizationID: organizationID, referer: referer, approver: account.approver,
                                 organizationName: account.organizationName, lineForms: account.lineForms)
        }
    }

    /// A secret the provider cannot work without.
    private func required(_ name: String?, key: String, _ account: AccountConfig) throws -> String {
        guard let value = try secret(name, key: key, account) else {
            throw missing(key, "the name of the variable holding it", account, section: "[accounts.auth] ")
        }
        return value
    }

    private func missing(_ key: String, _ what: String, _ account: AccountConfig, section: String = "") -> ConfigError {
        ConfigError(path: config.path ?? "config", line: account.line,
                    message: "account '\(account.name)' (\(account.provider.rawValue)) needs \(section)\(key): \(what)")
    }

    /// Resolves a secret; the sandbox's demo values are refused for an account that is not
    /// on this machine, so a real provider never sees them.
    private func secret(_ name: String?, key: String, _ account: AccountConfig) throws -> String? {
        guard let name else { return nil }
        let value = try resolver.resolve(name, key: key, account: account, config: config)
        let host = URL(string: account.baseURL)?.host ?? ""
        let local = host == "localhost" || host == "::1" || host.hasPrefix("127.")
        if !local, Self.demoSecrets.contains(value) {
            throw ConfigError(path: config.path ?? "config", line: account.authLines[key] ?? account.line,
                              message: "account '\(account.name)': \(key) names the sandbox's demo credential, which no real provider accepts; set the account's real one")
        }
        return value
    }

    private static let demoSecrets: Set<String> = [
        DemoCredentials.bearerToken, DemoCredentials.apiKey, DemoCredentials.clientSecret, DemoCredentials.subscriptionKey,
    ]

    /// The account's bearer token source: `token_env`, else the OAuth grant its keys name
    /// (the password grant for whitelabel, client credentials for the others).
    private func bearer(_ account: AccountConfig) throws -> BearerSource {
        let auth = account.auth
        if let token = try secret(auth.tokenEnv, key: "token_env", account) { return .token(token) }
        let password = account.provider == .whitelabel
        let keys = [("client_id_env", auth.clientIDEnv), ("client_secret_env", auth.clientSecretEnv)]
            + (password ? [("username_env", auth.usernameEnv), ("password_env", auth.passwordEnv)] : [])
        if let missing = keys.first(where: { $0.1 == nil }) {
            let grant = password ? "password-grant" : "client-credentials"
            throw missing0(account, "[accounts.auth] token_env, or \(missing.0) with the other \(grant) keys")
        }
        let clientID = try required(auth.clientIDEnv, key: "client_id_env", account)
        let clientSecret = try required(auth.clientSecretEnv, key: "client_secret_env", account)
        if password {
            return .password(tokenURL: auth.tokenURL ?? account.baseURL + "/oauth/token", clientID: clientID,
                             clientSecret: clientSecret,
                             username: try required(auth.usernameEnv, key: "username_env", account),
                             password: try required(auth.passwordEnv, key: "password_env", account))
        }
        guard let tokenURL = auth.tokenURL else {
            throw missing0(account, "[accounts.auth] token_url for the client-credentials grant")
        }
        return .clientCredentials(tokenURL: tokenURL, clientID: clientID, clientSecret: clientSecret, scope: auth.scope)
    }

    private func missing0(_ account: AccountConfig, _ what: String) -> ConfigError {
        ConfigError(path: config.path ?? "config", line: account.line, message: "account '\(account.name)' needs \(what)")
    }

    /// `[accounts.search]` as the Adility client sends it.
    static func area(_ search: SearchConfig) -> AdilityArea {
        let location: AdilityArea.Location = switch search.location {
        case .point(let latitude, let longitude): .point(latitude: latitude, longitude: longitude)
        case .postalCode(let code, let country): .postalCode(code, countryCode: country)
        case .city(let city, let state): .city(city, stateCode: state)
        }
        return AdilityArea(location: location, radius: search.radius)
    }
}
