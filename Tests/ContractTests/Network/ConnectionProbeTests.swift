import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `ordercon doctor`'s network steps against the TLS sandbox, a closed port and the proxy:
/// each step says ok or failed and why, and the first failure ends the probe.
@Suite struct ConnectionProbeTests {
    private static let sandbox = Task { try await TLSSandbox.start() }

    private func url(_ sandbox: TLSSandbox) -> URL { URL(string: sandbox.endpoint.baseURL(.mpt))! }

    @Test func theTLSSandboxShowsItsCertificate() async throws {
        let sandbox = try await Self.sandbox.value
        let steps = await ConnectionProbe.run(url: url(sandbox), route: sandbox.trusting)
        #expect(steps.map(\.name) == ["DNS", "TCP", "TLS"])
        #expect(steps.allSatisfy { $0.ok }, "\(steps.map(\.line))")
        #expect(steps[0].detail == "127.0.0.1 → 127.0.0.1")
        let tls = steps[2].detail
        #expect(tls.hasPrefix("TLSv1.3, subject CN=localhost,O=ordercon, issuer CN=ordercon sandbox CA,O=ordercon, expires 20"), "\(tls)")
    }

    @Test func anUntrustedCertificateFailsAtTLS() async throws {
        let sandbox = try await Self.sandbox.value
        let steps = await ConnectionProbe.run(url: url(sandbox), route: .direct)
        #expect(steps.last?.line == "TLS      failed  TLS to 127.0.0.1:\(sandbox.endpoint.port) failed: the certificate is signed by an unknown CA: add its CA with ca_file")
    }

    @Test func aClosedPortFailsAtTCP() async throws {
        let steps = await ConnectionProbe.run(url: URL(string: "https://127.0.0.1:1/api")!, route: .direct)
        #expect(steps.map(\.ok) == [true, false])
        #expect(steps.last?.detail == "127.0.0.1:1: 127.0.0.1:1 refused the connection (nothing listens there)")
    }

    @Test func anUnknownHostFailsAtDNS() async throws {
        let steps = await ConnectionProbe.run(url: URL(string: "https://no-such-host.invalid/api")!, route: .direct)
        #expect(steps.map(\.line) == ["DNS      failed  no-such-host.invalid could not be resolved (no-such-host.invalid:443)"])
    }

    @Test func throughTheProxyTheTunnelIsItsOwnStep() async throws {
        let sandbox = try await Self.sandbox.value
        let proxy = try ConnectProxy(credentials: ("dave", "pw-doctor"))
        var route = sandbox.trusting
        route.proxy = ProxySetting(host: "127.0.0.1", port: proxy.port, username: "dave", password: "pw-doctor")
        let steps = await ConnectionProbe.run(url: url(sandbox), route: route)
        #expect(steps.map(\.name) == ["DNS", "TCP", "CONNECT", "TLS"])
        #expect(steps.allSatisfy { $0.ok }, "\(steps.map(\.line))")
        #expect(steps[2].detail == "the proxy http://…@127.0.0.1:\(proxy.port) opened a tunnel to 127.0.0.1:\(sandbox.endpoint.port) (HTTP 200)")
        #expect(proxy.connects == ["127.0.0.1:\(sandbox.endpoint.port)"])
        #expect(!steps.map(\.line).joined().contains("pw-doctor"))

        route.proxy?.password = "wrong"
        let refused = await ConnectionProbe.run(url: url(sandbox), route: route)
        #expect(refused.last?.line == "CONNECT  failed  the proxy http://…@127.0.0.1:\(proxy.port) wants credentials (HTTP 407): put them in the proxy URL, http://user:pass@host:port")
    }
}
