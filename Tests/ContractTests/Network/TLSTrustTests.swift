import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// Every provider's client over https against `ordercon sandbox --tls`: the sandbox's CA is
/// trusted through the account's `ca_file` (or `SSL_CERT_FILE`), and every way a
/// certificate can be wrong is refused in one line naming the host and what to do.
@Suite struct TLSTrustTests {
    /// One TLS sandbox for the suite's flows.
    private static let sandbox = Task { try await TLSSandbox.start() }

    @Test(arguments: SandboxEndpoint.providers)
    func aWholeReadFlowRunsOverTLSTrustingTheCAFile(_ provider: ProviderKind) async throws {
        let sandbox = try await Self.sandbox.value
        #expect(sandbox.endpoint.baseURL(provider).hasPrefix("https://127.0.0.1:"))
        let read = try await TLSSandbox.readFlow(sandbox.client(provider, route: sandbox.trusting))
        #expect(read.orders > 0)
        #expect(read.offers > 0)
    }

    @Test func sslCertFileIsTrustedAsOpenSSLToolsDo() async throws {
        let sandbox = try await Self.sandbox.value
        let route = try NetworkRoute.forAccount(baseURL: sandbox.endpoint.baseURL(.mpt), proxy: nil, caFile: nil,
                                                environment: ["SSL_CERT_FILE": sandbox.caFile]).get()
        #expect(try await TLSSandbox.readFlow(sandbox.client(.mpt, route: route)).orders > 0)
    }

    @Test func aCertificateFromAnUnknownCAIsRefusedInOneLine() async throws {
        let sandbox = try await Self.sandbox.value
        let message = try await refusal(sandbox.client(.mpt, route: .direct))
        #expect(message == "Cannot reach mpt-tls: TLS to 127.0.0.1:\(sandbox.endpoint.port) failed: the certificate is signed by an unknown CA: add its CA with ca_file. Check base_url and the network.")
    }

    @Test func aCertificateForAnotherNameIsRefused() async throws {
        let other = try await TLSSandbox.start(names: ["orders.example.com"])
        let message = try await refusal(other.client(.adility, route: other.trusting))
        #expect(message.contains("TLS to 127.0.0.1:\(other.endpoint.port) failed: the certificate is for another name"), "\(message)")
        await other.stop()
    }

    @Test func anExpiredCertificateIsRefused() async throws {
        let expired = try await TLSSandbox.start(validFor: -60)
        let message = try await refusal(expired.client(.adility, route: expired.trusting))
        #expect(message.contains("TLS to 127.0.0.1:\(expired.endpoint.port) failed: the certificate has expired (on 20"), "\(message)")
        await expired.stop()
    }

    /// The one-line message a read that must fail gets.
    private func refusal(_ client: any OrderProvider) async throws -> String {
        do {
            _ = try await client.orders(stage: .all)
            Issue.record("the read was let through")
            return ""
        } catch let error as OrderError {
            #expect(!error.message.contains("\n"))
            #expect(!error.message.contains("NIOSSL"))
            return error.message
        }
    }
}
