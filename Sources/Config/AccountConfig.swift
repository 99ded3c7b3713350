import Foundation
import OrderKit

/// One `[[accounts]]` entry: a login at one provider.
public struct AccountConfig: Sendable, Equatable {
    public enum Edition: String, Sendable, Equatable { case standard, free }
    public enum Format: String, Sendable, Equatable { case json, xml }

    public var name: String
    public var provider: ProviderKind
    public var baseURL: String
    public var customerID: String?
    public var organizationID: String?
    /// Appxite: the organization's name for the screen (the API only knows its id).
    public var organizationName: String?
    public var referer: String?
    public var edition: Edition
    public var format: Format
    public var readOnly: Bool
    /// Appxite: this login may approve or reject orders waiting for manual approval, as
    /// the portal lets only some users do; without it the console offers neither.
    public var approver = false
    /// How long one request may take before it is given up (`timeout = "30s"`); the
    /// journal also waits twice this long before it calls an unanswered placement not placed.
    public var timeout: TimeInterval?
    /// How many requests to this account may be in flight at once: enough to sweep many
    /// orders quickly, few enough not to be throttled by the provider.
    public var concurrency = AccountConfig.defaultConcurrency
    public static let defaultConcurrency = 8
    public var auth: AuthConfig
    /// Adobe: the partner's price-list region (`NA`, `WE`, `AP`, `JP`…), which the price list needs:
    /// required, since a wrong region prices every line wrongly.
    public var region: String?
    /// An HTTP proxy for every request of this account (`proxy = "http://host:port"`),
    /// winning over `HTTPS_PROXY`/`NO_PROXY`, loopback included.
    public var proxy: ProxySetting?
    /// A PEM file of certificate authorities trusted for this account besides the system's.
    public var caFile: String?
    /// Where the account's order list comes from (`order_list = "known" | "provider"`); by
    /// default `known` for providers that publish no list (appxite, adility).
    public var orderList: OrderListing
    /// Appxite: where a line's form comes from (`line_forms = "templates" | "catalog"`); by
    /// default templates, since a real account publishes no form schema (`docs/providers/appxite.md`).
    public var lineForms = LineFormSource.templates
    /// Adility: where the offer search looks (`[accounts.search]`); without it the catalog
    /// says which setting to add, and the orders are still read.
    public var search: SearchConfig?
    /// The line of the entry's `[[accounts]]` header, for messages about it.
    public var line: Int?
    /// The line of each `[accounts.auth]` key, so a missing variable is reported where it is named.
    public var authLines: [String: Int] = [:]

    public init(name: String, provider: ProviderKind, baseURL: String, customerID: String? = nil,
                organizationID: String? = nil, referer: String? = nil, edition: Edition = .standard,
                format: Format = .json, readOnly: Bool = false, auth: AuthConfig = AuthConfig(), line: Int? = nil) {
        self.name = name
        self.provider = provider
        self.baseURL = baseURL
        self.customerID = customerID
        self.organizationID = organizationID
        self.referer = referer
        self.edition = edition
        self.format = format
        self.readOnly = readOnly
        self.auth = auth
        self.line = line
        orderList = OrderListing.standard(for: provider)
    }

    static let keys = ["name", "provider", "base_url", "customer_id", "organization_id", "organization_name", "referer", "edition",
                       "format", "read_only", "approver", "timeout", "concurrency", "region", "proxy", "ca_file", "order_list", "line_forms", "auth", "search"]
}
