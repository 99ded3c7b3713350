/// What went wrong in a TLS handshake, in words a person can act on, read from the TLS
/// library's error: never its raw dump.
struct TLSProblem {
    let message: String
    /// The certificate was not accepted, and the TLS library did not say why (unknown CA,
    /// expired, not yet valid): `ConnectionProbe` can tell.
    var certificateRefused = false

    init?(_ errorText: String) {
        let text = errorText.lowercased()
        if text.contains("failedtovalidatehostname") || text.contains("hostname mismatch") || text.contains("hostname") && text.contains("validat") {
            message = "the certificate is for another name"
        } else if text.contains("certificate has expired") || text.contains("certificate_expired") || text.contains("expired") && text.contains("certificate") {
            message = "the certificate has expired"
        } else if text.contains("certificate_verify_failed") || text.contains("unable to get local issuer")
                    || text.contains("self signed") || text.contains("self-signed") || text.contains("unknown ca")
                    || text.contains("unable_to_get_issuer") {
            message = "the certificate is signed by an unknown CA: add its CA with ca_file"
            certificateRefused = true
        } else if text.contains("handshakefailed") || text.contains("ssl") && text.contains("error") {
            message = "the handshake failed"
        } else {
            return nil
        }
    }
}
