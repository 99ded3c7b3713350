import Foundation

/// Where ordercon keeps its own files: `$XDG_STATE_HOME/ordercon` (else `~/.local/state/ordercon`).
enum StatePaths {
    static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let stateHome = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "\(environment["HOME"] ?? NSHomeDirectory())/.local/state"
        return "\(stateHome)/ordercon"
    }

    static var database: String { "\(directory())/ordercon.sqlite" }
    /// The zero-config console's local carts (`OrderStore.sandboxCarts`), apart from the real cache.
    static var sandboxDatabase: String { "\(directory())/ordercon-sandbox.sqlite" }
    static var log: String { "\(directory())/ordercon.log" }
    static var sandboxSecrets: String { "\(directory())/sandbox-secrets.toml" }
    /// The CA certificate of `ordercon sandbox --tls`, which its printed config names as `ca_file`.
    static var sandboxCertificateAuthority: String { "\(directory())/sandbox-ca.pem" }
}
