import Foundation
import OrderKit
import TOMLKit

/// Reads and checks a config file. Every mistake is one `ConfigError` naming the key and
/// its line: unknown keys, unknown providers, malformed URLs, wrong types.
public enum ConfigLoader {
    /// The standard location: `$XDG_CONFIG_HOME/ordercon/config.toml`, else `~/.config/…`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        configDirectory(environment: environment) + "/config.toml"
    }

    /// Where ordercon keeps the form templates it writes (`forms.toml`), beside the config
    /// file in ordercon's folder; never the user's `config.toml`.
    public static func formsPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        configDirectory(environment: environment) + "/forms.toml"
    }

    /// ordercon's folder of the user's configuration: `$XDG_CONFIG_HOME/ordercon`, else
    /// `~/.config/ordercon`. The config file and the user's themes live here.
    public static func configDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "\(environment["HOME"] ?? NSHomeDirectory())/.config"
        return "\(configHome)/ordercon"
    }

    /// Reads and checks the whole file, and every secrets file it names: one that others
    /// can read is refused even when the environment already holds its secrets, since it
    /// leaks them whichever is used.
    public static func load(path: String) throws(ConfigError) -> AppConfig {
        let config = try parse(TOMLSource(contentsOf: path))
        let secretsFiles = Set([config.settings.secretsFile] + config.accounts.map(\.auth.secretsFile)).compactMap { $0 }
        for file in secretsFiles.sorted() { _ = try SecretResolver.secrets(in: file) }
        return config
    }

    public static func parse(_ source: TOMLSource) throws(ConfigError) -> AppConfig {
        let reader = TableReader(source: source)
        let root = source.table
        try reader.allow(root.keys, ["settings", "accounts", "keys"], section: nil)
        var config = AppConfig(path: source.path)
        if let settings = try reader.table(root, "settings", section: nil) {
            try reader.allow(settings.keys, AppConfig.Settings.keys, section: "settings")
            config.settings.theme = try reader.string(settings, "theme", section: "settings") ?? "default"
            config.settings.readOnly = try reader.bool(settings, "read_only", section: "settings") ?? false
            config.settings.refreshFast = try reader.seconds(settings, "refresh_fast", section: "settings") ?? 2
            config.settings.refreshSlow = try reader.seconds(settings, "refresh_slow", section: "settings") ?? 30
            config.settings.secretsFile = try reader.string(settings, "secrets_file", section: "settings")
        }
        if let keys = try reader.table(root, "keys", section: nil) {
            config.keyLines[""] = source.line(ofSection: "keys")
            for key in keys.keys {
                guard let value = keys[key]?.string else {
                    throw ConfigError(path: source.path, line: source.line(of: key, in: "keys"),
                                      message: "[keys] \(key) must be a string such as \"P\"")
                }
                config.keys[key] = value
                config.keyLines[key] = source.line(of: key, in: "keys")
            }
        }
        if let value = root["accounts"] {
            guard let accounts = value.array else {
                throw ConfigError(path: source.path, line: source.line(of: "accounts"),
                                  message: "accounts must be written as [[accounts]] tables")
            }
            for index in 0..<accounts.count {
                guard let table = accounts[index].table else {
                    throw ConfigError(path: source.path, line: source.line(ofSection: "accounts", index: index),
                                      message: "each accounts entry must be a table")
                }
                config.accounts.append(try account(table, index: index, reader: reader))
            }
        }
        var seen: Set<String> = []
        for account in config.accounts where !seen.insert(account.name).inserted {
            throw ConfigError(path: source.path, line: account.line,
                              message: "two accounts are named '\(account.name)'; names must be unique")
        }
        return config
    }

    private static func account(_ table: TOMLTable, index: Int, reader: TableReader) throws(ConfigError) -> AccountConfig {
        let section = "accounts"
        let source = reader.source
        let header = source.line(ofSection: section, index: index)
        try reader.allow(table.keys, AccountConfig.keys, section: section, index: index)
        guard let name = try reader.string(table, "name", section: section, index: index), !name.isEmpty else {
            throw ConfigError(path: source.path, line: header, message: "an account needs name = \"…\"")
        }
        guard let providerName = try reader.string(table, "provider", section: section, index: index) else {
            throw ConfigError(path: source.path, line: header,
                              message: "account '\(name)' needs provider = one of \(providerList)")
        }
        guard let provider = ProviderKind(rawValue: providerName) else {
            throw ConfigError(path: source.path, line: source.line(of: "provider", in: section, index: index),
                              message: "unknown provider '\(providerName)' in account '\(name)'; use one of \(providerList)")
        }
        guard let baseURL = try reader.string(table, "base_url", section: section, index: index) else {
            throw ConfigError(path: source.path, line: header, message: "account '\(name)' needs base_url = \"https://…\"")
        }
        try reader.checkURL(baseURL, key: "base_url", section: section, index: index)
        var account = AccountConfig(name: name, provider: provider, baseURL: baseURL, line: header)
        account.customerID = try reader.string(table, "customer_id", section: section, index: index)
        account.organizationID = try reader.string(table, "organization_id", section: section, index: index)
        account.organizationName = try reader.string(table, "organization_name", section: section, index: index)
        account.referer = try reader.string(table, "referer", section: section, index: index)
        account.readOnly = try reader.bool(table, "read_only", section: section, index: index) ?? false
        account.approver = try reader.bool(table, "approver", section: section, index: index) ?? false
        if let timeout = try reader.string(table, "timeout", section: section, index: index) {
            guard let seconds = DurationText.parse(timeout), (1...600).contains(seconds) else {
                throw ConfigError(path: source.path, line: source.line(of: "timeout", in: section, index: index),
                                  message: "timeout = \"\(timeout)\" is not a duration from 1s to 10m, such as \"30s\"")
            }
            account.timeout = seconds
        }
        if account.approver, provider != .appxite {
            throw ConfigError(path: source.path, line: source.line(of: "approver", in: section, index: index),
                              message: "approver applies to appxite accounts only; remove it from account '\(name)'")
        }
        if let region = try reader.string(table, "region", section: section, index: index) {
            let line = source.line(of: "region", in: section, index: index)
            guard provider == .adobe else {
                throw ConfigError(path: source.path, line: line, message: "region applies to adobe accounts only; remove it from account '\(name)'")
            }
            guard (2...4).contains(region.count), region.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw ConfigError(path: source.path, line: line,
                                  message: "region = \"\(region)\" is not an Adobe region code such as \"NA\", \"WE\", \"AP\" or \"JP\"")
            }
            account.region = region
        } else if provider == .adobe {
            throw ConfigError(path: source.path, line: header,
                              message: "adobe account '\(name)' needs region = \"NA\" (the partner's price-list region: NA, WE, AP, JP, LA, MX, EE or PA); prices depend on it")
        }
        if let proxy = try reader.string(table, "proxy", section: section, index: index) {
            switch ProxySetting.parse(proxy) {
            case .success(let setting): account.proxy = setting
            case .failure(let problem):
                throw ConfigError(path: source.path, line: source.line(of: "proxy", in: section, index: index),
                                  message: "proxy \(ProxySetting.redacted(proxy)) \(problem.reason)")
            }
        }
        if let caFile = try reader.string(table, "ca_file", section: section, index: index) {
            let line = source.line(of: "ca_file", in: section, index: index)
            if let problem = CertificateFileCheck.problem(atPath: caFile) {
                throw ConfigError(path: source.path, line: line, message: "ca_file \(caFile) \(problem)")
            }
            account.caFile = caFile
        }
        account.concurrency = try reader.count(table, "concurrency", section: section, index: index,
                                               in: 1...64) ?? AccountConfig.defaultConcurrency
        if let edition = try reader.string(table, "edition", section: section, index: index) {
            guard let value = AccountConfig.Edition(rawValue: edition) else {
                throw ConfigError(path: source.path, line: source.line(of: "edition", in: section, index: index),
                                  message: "edition must be \"standard\" or \"free\", not '\(edition)'")
            }
            account.edition = value
        }
        if let format = try reader.string(table, "format", section: section, index: index) {
            guard let value = AccountConfig.Format(rawValue: format) else {
                throw ConfigError(path: source.path, line: source.line(of: "format", in: section, index: index),
                                  message: "format must be \"json\" or \"xml\", not '\(format)'")
            }
            account.format = value
        }
        if let listing = try reader.string(table, "order_list", section: section, index: index) {
            guard let value = OrderListing(rawValue: listing) else {
                throw ConfigError(path: source.path, line: source.line(of: "order_list", in: section, index: index),
                                  message: "order_list must be \"known\" (poll the orders ordercon knows by id) or \"provider\" (the provider's own list), not '\(listing)'")
            }
            account.orderList = value
        }
        if let forms = try reader.string(table, "line_forms", section: section, index: index) {
            let line = source.line(of: "line_forms", in: section, index: index)
            guard provider == .appxite else {
                throw ConfigError(path: source.path, line: line,
                                  message: "line_forms applies to appxite accounts only; remove it from account '\(name)'")
            }
            guard let value = LineFormSource(rawValue: forms) else {
                throw ConfigError(path: source.path, line: line,
                                  message: "line_forms must be \"templates\" (keys and values typed from the portal, kept in forms.toml) or \"catalog\" (the sandbox's GET /products), not '\(forms)'")
            }
            account.lineForms = value
        }
        if let search = try reader.table(table, "search", section: section, index: index) {
            account.search = try SearchConfigReader(reader: reader, account: name, index: index)
                .read(search, provider: provider, header: header)
        }
        if let auth = try reader.table(table, "auth", section: section, index: index) {
            let authSection = "accounts.auth"
            try reader.allow(auth.keys, AuthConfig.keys, section: authSection, index: index)
            func value(_ key: String) throws(ConfigError) -> String? {
                try reader.string(auth, key, section: authSection, index: index)
            }
            account.auth = AuthConfig(
                tokenEnv: try value("token_env"), apiKeyEnv: try value("api_key_env"),
                subscriptionKeyEnv: try value("subscription_key_env"), tokenURL: try value("token_url"),
                clientIDEnv: try value("client_id_env"), clientSecretEnv: try value("client_secret_env"),
                usernameEnv: try value("username_env"), passwordEnv: try value("password_env"),
                scope: try value("scope"), secretsFile: try value("secrets_file"))
            for key in auth.keys {
                account.authLines[key] = source.line(of: key, in: authSection, index: index)
            }
            if let tokenURL = account.auth.tokenURL {
                try reader.checkURL(tokenURL, key: "token_url", section: authSection, index: index)
            }
        }
        return account
    }

    private static var providerList: String {
        ProviderKind.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
