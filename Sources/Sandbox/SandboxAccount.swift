import OrderKit

/// An account the sandbox serves, described so that a config file (or the zero-config
/// console) can be written for it.
public struct SandboxAccount: Sendable, Equatable {
    public var name: String
    public var provider: ProviderKind
    public var baseURL: String
    /// Provider-specific settings, as config keys (`edition = "free"`).
    public var settings: [String: String]
    /// The demo secrets by the config key that names them (`password_env` → `demo`).
    public var secrets: [String: String]
    /// Non-secret auth settings (`token_url`).
    public var auth: [String: String]
    /// Adility's `[accounts.search]`, each value as TOML text (`postal_code = "\"94103\""`,
    /// `radius = "25"`): the reference's offer search needs a location.
    public var search: [String: String] = [:]
}
