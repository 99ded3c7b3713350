import Config
import Sandbox

/// Reads `ordercon sandbox --credentials FILE`: a TOML file of the credentials the sandbox
/// accepts in place of the demo ones, so that a leak test can use values found nowhere else.
/// A key left out keeps its demo value.
///
/// ```toml
/// bearer_token = "…"
/// api_key = "…"
/// subscription_key = "…"
/// client_id = "…"
/// client_secret = "…"
/// username = "…"
/// free_edition_username = "…"
/// password = "…"
/// ```
enum SandboxCredentialsFile {
    static var keys: [String: WritableKeyPath<SandboxCredentials, String>] {
        ["bearer_token": \.bearerToken, "api_key": \.apiKey, "subscription_key": \.subscriptionKey,
         "client_id": \.clientID, "client_secret": \.clientSecret, "username": \.username,
         "free_edition_username": \.freeEditionUsername, "password": \.password]
    }

    static func load(path: String) throws(ConfigError) -> SandboxCredentials {
        let source = try TOMLSource(contentsOf: path)
        var credentials = SandboxCredentials.demo
        for key in source.table.keys {
            guard let field = keys[key] else {
                throw ConfigError(path: path, line: source.line(of: key),
                                  message: "unknown key '\(key)'; known keys: \(keys.keys.sorted().joined(separator: ", "))")
            }
            guard let value = source.table[key]?.string, !value.isEmpty else {
                throw ConfigError(path: path, line: source.line(of: key), message: "\(key) must be a non-empty string in quotes")
            }
            credentials[keyPath: field] = value
        }
        return credentials
    }
}
