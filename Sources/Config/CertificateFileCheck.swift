import Foundation

/// What is wrong with a `ca_file`, checked when the config is read: it must be readable and
/// hold PEM certificates and nothing else. A private key is refused outright (it does not
/// belong in a trust file, and a file that has one is a secret left lying around).
enum CertificateFileCheck {
    static func problem(atPath path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            return "cannot be read: give the path of a PEM file of certificate authorities"
        }
        let text = String(decoding: data, as: UTF8.self)
        if text.contains("PRIVATE KEY-----") {
            return "holds a private key: only certificates belong there (remove the key, and treat it as leaked)"
        }
        guard text.contains("-----BEGIN CERTIFICATE-----"), text.contains("-----END CERTIFICATE-----") else {
            return "is not a PEM certificate file (expected -----BEGIN CERTIFICATE-----)"
        }
        return nil
    }
}
