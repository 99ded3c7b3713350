import Crypto
import Foundation
import SwiftASN1
import X509

/// A throwaway certificate authority for `ordercon sandbox --tls` and the trust tests: it
/// lives as long as the process, its key is never written, and a client trusts what it
/// issues only through the CA certificate handed to it (`ca_file`), so the sandbox tests a
/// real chain (CA → leaf) as a company's TLS inspection presents one. The crypto is
/// swift-certificates' and swift-crypto's.
public struct SandboxCertificateAuthority: Sendable {
    /// The CA's certificate, PEM: what a client adds to its trust.
    public let certificatePEM: String
    private let certificate: Certificate
    private let key: Certificate.PrivateKey

    /// A new CA with its own P-256 key, valid from an hour ago (clocks differ a little) for 30 days.
    public init(name: String = "ordercon sandbox CA") throws {
        let key = Certificate.PrivateKey(P256.Signing.PrivateKey())
        let subject = try DistinguishedName {
            OrganizationName("ordercon")
            CommonName(name)
        }
        let now = Date()
        certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: key.publicKey,
            notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(30 * 86400),
            issuer: subject, subject: subject, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                SubjectKeyIdentifier(hash: key.publicKey)
            },
            issuerPrivateKey: key)
        certificatePEM = try certificate.serializeAsPEM().pemString
        self.key = key
    }

    /// A server certificate for `names` (host names and IP literals), signed by this CA, with
    /// its own new key. `validFor` may be negative, for an expired one.
    public func issue(for names: [String], validFor: TimeInterval = 30 * 86400) throws -> SandboxTLS {
        let leafKey = P256.Signing.PrivateKey()
        let publicKey = Certificate.PublicKey(leafKey.publicKey)
        let now = Date()
        let leaf = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey,
            notValidBefore: now.addingTimeInterval(min(validFor, 0) - 3600), notValidAfter: now.addingTimeInterval(validFor),
            issuer: certificate.subject,
            subject: try DistinguishedName {
                OrganizationName("ordercon")
                CommonName(names.first ?? "localhost")
            },
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames(names.map(Self.generalName))
                AuthorityKeyIdentifier(keyIdentifier: try certificate.extensions.subjectKeyIdentifier?.keyIdentifier)
            },
            issuerPrivateKey: key)
        return SandboxTLS(certificateChainPEM: try leaf.serializeAsPEM().pemString + "\n" + certificatePEM,
                          privateKeyPEM: leafKey.pemRepresentation, certificateAuthorityPEM: certificatePEM)
    }

    /// An IP literal as an address entry (clients check an IP against those, never against DNS names).
    private static func generalName(_ name: String) -> GeneralName {
        var v4 = in_addr()
        if inet_pton(AF_INET, name, &v4) == 1 {
            return .ipAddress(ASN1OctetString(contentBytes: ArraySlice(withUnsafeBytes(of: &v4) { Array($0) })))
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, name.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), &v6) == 1 {
            return .ipAddress(ASN1OctetString(contentBytes: ArraySlice(withUnsafeBytes(of: &v6) { Array($0) })))
        }
        return .dnsName(name)
    }
}
