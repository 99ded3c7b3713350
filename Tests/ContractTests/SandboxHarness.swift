import Foundation
import OrderKit
import Providers
import Sandbox

/// A sandbox on a free loopback port with a clock the test moves, and clients for it.
struct SandboxHarness {
    let server: SandboxServer
    let endpoint: SandboxEndpoint
    let clock: ManualClock
    let requests = RequestCounter()

    static func start(failureRate: Double = 0, executionSeconds: TimeInterval = 4) async throws -> SandboxHarness {
        let clock = ManualClock()
        let server = SandboxServer(options: SandboxOptions(clock: clock, failureRate: failureRate,
                                                           executionSeconds: executionSeconds, undocumentedLists: true))
        return SandboxHarness(server: server, endpoint: try await server.start(), clock: clock)
    }

    var baseURL: String { endpoint.baseURL(.whitelabel) }

    func transport(timeout: TimeInterval = 10) -> HTTPTransport {
        HTTPTransport(account: "wl-test", baseURL: baseURL, timeout: timeout, observer: { [requests] in requests.record($0) })
    }

    func client(username: String = DemoCredentials.username, password: String = DemoCredentials.password,
                clientSecret: String = DemoCredentials.clientSecret, freeEdition: Bool = false) -> WhiteLabelClient {
        WhiteLabelClient(transport: transport(),
                         credentials: .password(tokenURL: baseURL + "/oauth/token", clientID: DemoCredentials.clientID,
                                                clientSecret: clientSecret, username: username, password: password),
                         freeEdition: freeEdition)
    }

    /// A raw request with the demo bearer token, for refusals a well-behaved client never provokes.
    func raw(_ method: APIRequest.Method, _ path: String, body: String? = nil,
             headers: [(String, String)] = [("Authorization", "Bearer \(DemoCredentials.bearerToken)")])
        async throws -> APIResponse {
        try await transport().send(APIRequest(method, path, headers: headers + [("Content-Type", "application/json")],
                                              body: body.map { Data($0.utf8) }))
    }

    func stop() async { await server.stop() }
}
