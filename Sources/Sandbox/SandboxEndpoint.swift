import OrderKit

/// Where a running sandbox listens, and the accounts it serves there.
public struct SandboxEndpoint: Sendable, Equatable {
    public var host: String
    public var port: Int
    /// What its accounts authenticate with.
    public var credentials: SandboxCredentials
    /// Whether it serves https (`ordercon sandbox --tls`).
    public var secure: Bool
    /// Whether it serves the Appxite and Adility order lists (`SandboxOptions.undocumentedLists`):
    /// then their accounts say `order_list = "provider"`, else they follow known orders.
    public var undocumentedLists: Bool
    /// The ports that serve one provider each at their root (`SandboxOptions.providerPorts`).
    public var rootPorts: [ProviderKind: Int]

    public init(host: String, port: Int, credentials: SandboxCredentials = .demo, secure: Bool = false,
                undocumentedLists: Bool = false, rootPorts: [ProviderKind: Int] = [:]) {
        self.host = host
        self.port = port
        self.credentials = credentials
        self.secure = secure
        self.undocumentedLists = undocumentedLists
        self.rootPorts = rootPorts
    }

    public var origin: String { origin(port: port) }

    private func origin(port: Int) -> String {
        "\(secure ? "https" : "http")://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }

    /// The base URL of one provider's API on the one port: its documented paths follow it
    /// unchanged.
    public func baseURL(_ provider: ProviderKind) -> String {
        origin + Self.prefix(provider) + Self.hostPath(provider)
    }

    /// The base URL of one provider served at the root of its own port, as its real host
    /// serves it (Adobe's `/v3/…` right after the host); nil when it is not served so.
    public func rootBaseURL(_ provider: ProviderKind) -> String? {
        rootPorts[provider].map { origin(port: $0) + Self.hostPath(provider) }
    }

    /// The path the one-port form puts before a provider's host root.
    static func prefix(_ provider: ProviderKind) -> String { "/" + provider.rawValue }

    /// The path of the API under its real host (MPT's `/public/v1`), empty where the
    /// documented paths start at the host root.
    private static func hostPath(_ provider: ProviderKind) -> String {
        provider == .mpt ? "/public/v1" : ""
    }

    /// The scope an Adobe VIP Marketplace integration's IMS token asks for.
    public static let adobeScope = "openid,AdobeID,read_organizations"

    /// The providers this sandbox speaks.
    public static let providers: [ProviderKind] = [.whitelabel, .appxite, .adobe, .adility, .mpt]

    /// Where the Adility accounts search for offers: around the middle of the United States, wide
    /// enough for every seeded offer, so the demo catalog is the whole of it.
    static let adilitySearch = ["lat": "39.8283", "lng": "-98.5795", "radius": "2500"]

    /// One account per provider, plus the whitelabel Free-edition reseller, the Adility
    /// account that speaks XML and the Appxite account without a catalog.
    public var accounts: [SandboxAccount] {
        let whiteLabelAuth = ["token_url": "\(baseURL(.whitelabel))/oauth/token"]
        let whiteLabelSecrets = { (user: String) in
            ["client_id_env": credentials.clientID, "client_secret_env": credentials.clientSecret,
             "username_env": user, "password_env": credentials.password]
        }
        let listing = undocumentedLists ? ["order_list": "provider"] : [:]
        return [
            SandboxAccount(name: "wl-demo", provider: .whitelabel, baseURL: baseURL(.whitelabel),
                           settings: ["edition": "standard"], secrets: whiteLabelSecrets(credentials.username),
                           auth: whiteLabelAuth),
            SandboxAccount(name: "wl-free", provider: .whitelabel, baseURL: baseURL(.whitelabel),
                           settings: ["edition": "free"],
                           secrets: whiteLabelSecrets(credentials.freeEditionUsername), auth: whiteLabelAuth),
            SandboxAccount(name: "adility-demo", provider: .adility, baseURL: baseURL(.adility),
                           settings: ["format": "json"].merging(listing) { $1 }, secrets: ["api_key_env": credentials.apiKey], auth: [:],
                           search: Self.adilitySearch),
            SandboxAccount(name: "adility-xml", provider: .adility, baseURL: baseURL(.adility),
                           settings: ["format": "xml"].merging(listing) { $1 }, secrets: ["api_key_env": credentials.apiKey], auth: [:],
                           search: Self.adilitySearch),
            // As a production Adobe account: an OAuth server-to-server credential whose
            // client-credentials grant the sandbox's IMS token endpoint answers.
            SandboxAccount(name: "adobe-demo", provider: .adobe, baseURL: baseURL(.adobe),
                           settings: ["customer_id": "9876543210", "region": "NA"],
                           secrets: ["client_id_env": credentials.clientID, "client_secret_env": credentials.clientSecret,
                                     "api_key_env": credentials.apiKey],
                           auth: ["token_url": "\(baseURL(.adobe))/ims/token/v3", "scope": Self.adobeScope]),
            SandboxAccount(name: "mpt-demo", provider: .mpt, baseURL: baseURL(.mpt), settings: [:],
                           secrets: ["token_env": credentials.bearerToken], auth: [:]),
            SandboxAccount(name: "appxite-demo", provider: .appxite, baseURL: baseURL(.appxite),
                           settings: ["organization_id": AppxiteSeed.demoOrganization,
                                      "organization_name": "Fabrikam Cloud Services",
                                      "referer": "https://portal.appxite.example", "approver": "true",
                                      "line_forms": "catalog"]
                               .merging(listing) { $1 },
                           secrets: ["token_env": credentials.bearerToken,
                                     "subscription_key_env": credentials.subscriptionKey],
                           auth: [:]),
            // As a real Appxite account: no catalog, so lines are typed from the portal's keys
            // and kept as form templates (line_forms defaults to "templates").
            SandboxAccount(name: "appxite-portal", provider: .appxite, baseURL: baseURL(.appxite),
                           settings: ["organization_id": AppxiteSeed.portalOrganization,
                                      "organization_name": "Northwind Portal Buyers",
                                      "referer": "https://portal.appxite.example"]
                               .merging(listing) { $1 },
                           secrets: ["token_env": credentials.bearerToken,
                                     "subscription_key_env": credentials.subscriptionKey],
                           auth: [:]),
        ]
    }
}
