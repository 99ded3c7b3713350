import Foundation
import Sandbox

/// The config file for a running sandbox's accounts: printed by `ordercon sandbox`, and
/// parsed by the zero-config console itself, so the printed text is always one the
/// console accepts as it is.
enum SandboxConfigText {
    /// The variable that carries one account's secret: `SANDBOX_WHITELABEL_FREE_USERNAME`.
    static func variable(account: String, key: String) -> String {
        let base = key.hasSuffix("_env") ? String(key.dropLast(4)) : key
        return "\(account)_\(base)".uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// Every secret the accounts need, by variable name.
    static func secrets(_ endpoint: SandboxEndpoint) -> [String: String] {
        var values: [String: String] = [:]
        for account in endpoint.accounts {
            for (key, value) in account.secrets { values[variable(account: account.name, key: key)] = value }
        }
        return values
    }

    /// `caFile` is the sandbox's CA certificate when it serves https: every account names it.
    static func render(_ endpoint: SandboxEndpoint, secretsFile: String?, caFile: String? = nil) -> String {
        var lines = ["# ordercon config for the sandbox at \(endpoint.origin).",
                     endpoint.credentials == .demo ? "# Its credentials are the fixed demo ones: no real provider accepts them."
                         : "# Its credentials are the ones given with --credentials.",
                     "[settings]", "theme = \"default\""]
        if let secretsFile { lines.append("secrets_file = \(quoted(secretsFile))") }
        for account in endpoint.accounts {
            lines += ["", "[[accounts]]", "name = \(quoted(account.name))",
                      "provider = \(quoted(account.provider.rawValue))", "base_url = \(quoted(account.baseURL))"]
            lines += account.settings.sorted { $0.key < $1.key }.map { "\($0.key) = \(value($0.value))" }
            if let caFile { lines.append("ca_file = \(quoted(caFile))") }
            if !account.search.isEmpty {
                lines.append("[accounts.search]")
                lines += account.search.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }
            }
            lines.append("[accounts.auth]")
            lines += account.auth.sorted { $0.key < $1.key }.map { "\($0.key) = \(quoted($0.value))" }
            lines += account.secrets.keys.sorted().map { "\($0) = \(quoted(variable(account: account.name, key: $0)))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the secrets file (mode 0600) that the rendered config points at.
    static func writeSecrets(_ endpoint: SandboxEndpoint, to path: String) throws {
        let text = secrets(endpoint).sorted { $0.key < $1.key }.map { "\($0.key) = \(quoted($0.value))" }
            .joined(separator: "\n") + "\n"
        try write(text, to: path, permissions: 0o600)
    }

    /// Writes a file the rendered config names, replacing an older one, with its folder.
    static func write(_ text: String, to path: String, permissions: Int) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? manager.removeItem(atPath: path)
        guard manager.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: permissions]) else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// A setting as TOML: `true` and `false` bare, as the boolean settings (`approver`) want them.
    private static func value(_ text: String) -> String {
        ["true", "false"].contains(text) ? text : quoted(text)
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
