import Foundation
import Synchronization

/// Adobe IMS's token endpoint for an OAuth server-to-server credential, the way the
/// reference's `authentication/` pages point to it: `POST /ims/token/v3` with a form body of
/// `grant_type=client_credentials`, `client_id`, `client_secret` and `scope` (IMS also takes
/// `client_id` in the query). Tokens it issues open the partner API until they expire on
/// the sandbox clock, beside the fixed demo token.
final class AdobeIMS: Sendable {
    /// IMS's server-to-server tokens live 24 hours; it says one second less.
    static let lifetime = 86_399

    private let clock: any SandboxClock
    private let credentials: SandboxCredentials
    private let issued = Mutex<[String: Date]>([:])

    init(clock: any SandboxClock, credentials: SandboxCredentials) {
        self.clock = clock
        self.credentials = credentials
    }

    /// Checks the grant, then issues a fresh token; a form value wins over the query's.
    func issue(form: [String: String], query: [String: String]) throws(AdobeIMSRefusal) -> AdobeIMSToken {
        guard let grant = form["grant_type"], !grant.isEmpty else { throw .missing("grant_type") }
        guard grant == "client_credentials" else { throw .unsupportedGrant }
        guard let clientID = form["client_id"] ?? query["client_id"], !clientID.isEmpty else { throw .missing("client_id") }
        guard clientID == credentials.clientID else { throw .invalidClient("client_id") }
        guard let secret = form["client_secret"], !secret.isEmpty else { throw .missing("client_secret") }
        guard secret == credentials.clientSecret else { throw .invalidClient("client_secret") }
        guard let scope = form["scope"], !scope.isEmpty else { throw .missing("scope") }
        let token = "ims-" + UUID().uuidString.lowercased()
        let expiry = clock.now().addingTimeInterval(TimeInterval(Self.lifetime))
        issued.withLock { tokens in
            let now = clock.now()
            tokens = tokens.filter { $0.value > now }
            tokens[token] = expiry
        }
        return AdobeIMSToken(accessToken: token, expiresIn: Self.lifetime)
    }

    /// Whether `token` is one this endpoint issued and it has not expired.
    func accepts(_ token: String) -> Bool {
        let now = clock.now()
        return issued.withLock { $0[token].map { $0 > now } ?? false }
    }
}
