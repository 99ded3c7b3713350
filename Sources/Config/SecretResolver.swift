import Foundation

/// Looks up the secrets an account's auth settings name: first in the environment, then
/// in the secrets file, which must be readable by its owner only (mode 0600).
public struct SecretResolver: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The value of variable `name`, named by auth key `key` of `account`.
    /// Errors name the key and its line but never any secret value.
    public func resolve(_ name: String, key: String, account: AccountConfig, config: AppConfig) throws(ConfigError) -> String {
        if let value = environment[name], !value.isEmpty { return value }
        let configPath = config.path ?? "config"
        if let file = account.auth.secretsFile ?? config.settings.secretsFile {
            if let value = try Self.secrets(in: file)[name] { return value }
        }
        throw ConfigError(path: configPath, line: account.authLines[key] ?? account.line,
                          message: "account '\(account.name)': \(key) names \(name), which is not set; export \(name) or add it to secrets_file")
    }

    /// The entries of a secrets file, refusing one that others can read.
    static func secrets(in path: String) throws(ConfigError) -> [String: String] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw ConfigError(path: path, line: nil, message: "secrets_file cannot be read; check the path")
        }
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
        guard mode & 0o077 == 0 else {
            throw ConfigError(path: path, line: nil,
                              message: "secrets_file has mode \(String(mode, radix: 8)); others can read it. Run: chmod 600 \(path)")
        }
        let source = try TOMLSource(contentsOf: path)
        var values: [String: String] = [:]
        for key in source.table.keys {
            guard let value = source.table[key]?.string else {
                throw ConfigError(path: path, line: source.line(of: key), message: "\(key) must be a string in quotes")
            }
            values[key] = value
        }
        return values
    }
}
