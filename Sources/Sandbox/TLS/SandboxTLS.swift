import Foundation

/// The certificate and key the sandbox serves https with, in PEM, and the CA certificate a
/// client must trust for it (nil when they came from the operator's files, whose CA the
/// sandbox does not know).
public struct SandboxTLS: Sendable, Equatable {
    /// The server certificate first, then any intermediates.
    public var certificateChainPEM: String
    public var privateKeyPEM: String
    public var certificateAuthorityPEM: String?

    public init(certificateChainPEM: String, privateKeyPEM: String, certificateAuthorityPEM: String? = nil) {
        self.certificateChainPEM = certificateChainPEM
        self.privateKeyPEM = privateKeyPEM
        self.certificateAuthorityPEM = certificateAuthorityPEM
    }

    /// A new throwaway CA and a certificate from it for loopback (`localhost`, `127.0.0.1`,
    /// `::1`) and `host`, when the sandbox listens elsewhere.
    public static func generated(host: String = "127.0.0.1") throws -> SandboxTLS {
        let names = ["localhost", "127.0.0.1", "::1"]
        return try SandboxCertificateAuthority().issue(for: names.contains(host) ? names : names + [host])
    }

    /// The operator's own certificate chain and key (`--cert`, `--key`), read as they are:
    /// the TLS library says whether they are usable when the server starts.
    public static func files(certificate: String, key: String) throws(SandboxTLSFileProblem) -> SandboxTLS {
        func read(_ path: String, _ option: String, _ marker: String) throws(SandboxTLSFileProblem) -> String {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SandboxTLSFileProblem(message: "\(option) \(path) cannot be read")
            }
            let text = String(decoding: data, as: UTF8.self)
            guard text.contains("-----BEGIN ") && text.contains(marker) else {
                throw SandboxTLSFileProblem(message: "\(option) \(path) is not a PEM file holding a \(marker.lowercased())")
            }
            return text
        }
        return SandboxTLS(certificateChainPEM: try read(certificate, "--cert", "CERTIFICATE"),
                          privateKeyPEM: try read(key, "--key", "PRIVATE KEY"))
    }
}
