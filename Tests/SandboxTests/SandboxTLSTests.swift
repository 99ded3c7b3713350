import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `ordercon sandbox --tls`: https with a certificate from a throwaway CA that a client
/// trusts through the CA certificate alone; the operator's own files are checked first.
@Suite struct SandboxTLSTests {
    @Test func theGeneratedCertificateIsTrustedThroughItsCA() async throws {
        let tls = try SandboxTLS.generated()
        let server = SandboxServer(options: SandboxOptions(tls: tls))
        let endpoint = try await server.start()
        #expect(endpoint.origin == "https://127.0.0.1:\(endpoint.port)")
        let caFile = FileManager.default.temporaryDirectory.appendingPathComponent("ca-\(UUID()).pem").path
        try #require(tls.certificateAuthorityPEM).write(toFile: caFile, atomically: true, encoding: .utf8)
        #expect(try String(contentsOfFile: caFile, encoding: .utf8).components(separatedBy: "BEGIN CERTIFICATE").count == 2)
        #expect(!tls.certificateAuthorityPEM!.contains("PRIVATE KEY"))
        let transport = HTTPTransport(account: "tls", baseURL: endpoint.baseURL(.mpt),
                                      route: NetworkRoute(extraCertificateAuthorities: [caFile]))
        let answer = try await transport.send(APIRequest(.get, "/commerce/orders",
                                                         headers: [("Authorization", "Bearer \(DemoCredentials.bearerToken)")]))
        #expect(answer.status == 200)
        await server.stop()
    }

    @Test func theOperatorsFilesMustBePEM() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let tls = try SandboxTLS.generated()
        try tls.certificateChainPEM.write(toFile: "\(folder)/cert.pem", atomically: true, encoding: .utf8)
        try tls.privateKeyPEM.write(toFile: "\(folder)/key.pem", atomically: true, encoding: .utf8)
        let read = try SandboxTLS.files(certificate: "\(folder)/cert.pem", key: "\(folder)/key.pem")
        #expect(read.certificateChainPEM == tls.certificateChainPEM)
        #expect(read.certificateAuthorityPEM == nil)
        let noKey = #expect(throws: SandboxTLSFileProblem.self) {
            try SandboxTLS.files(certificate: "\(folder)/cert.pem", key: "\(folder)/cert.pem")
        }
        #expect(noKey?.message == "--key \(folder)/cert.pem is not a PEM file holding a private key")
        let unreadable = #expect(throws: SandboxTLSFileProblem.self) {
            try SandboxTLS.files(certificate: "\(folder)/none.pem", key: "\(folder)/key.pem")
        }
        #expect(unreadable?.message == "--cert \(folder)/none.pem cannot be read")
    }
}
