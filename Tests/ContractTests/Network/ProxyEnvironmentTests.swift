import Foundation
import OrderKit
@testable import Providers
import Testing

/// The proxy variables as curl reads them, and an account's own proxy over them.
@Suite struct ProxyEnvironmentTests {
    private func proxy(_ url: String, _ environment: [String: String]) -> String? {
        ProxyEnvironment(environment).proxy(for: URL(string: url)!)?.value
    }

    @Test func httpsAndHttpEachHaveTheirVariableLowerCaseFirst() {
        let environment = ["HTTPS_PROXY": "http://upper:3128", "https_proxy": "http://lower:3128", "HTTP_PROXY": "http://plain:8080"]
        #expect(proxy("https://partners.adobe.io/v3", environment) == "http://lower:3128")
        #expect(proxy("http://api.example.com/", environment) == "http://plain:8080")
        #expect(proxy("https://partners.adobe.io/v3", ["HTTP_PROXY": "http://plain:8080"]) == nil)
    }

    @Test(arguments: [
        ("https://api.example.com/x", "example.com", false),
        ("https://example.com/x", "example.com", false),
        ("https://api.example.com/x", ".example.com", false),
        ("https://notexample.com/x", "example.com", true),
        ("https://api.example.com/x", "*", false),
        ("https://api.example.com:8443/x", "api.example.com:8443", false),
        ("https://api.example.com/x", "api.example.com:8443", true),
        ("https://10.1.2.3/x", "10.1.2.3", false),
        ("https://10.1.2.4/x", "10.1.2.3", true),
        ("https://api.example.com/x", " other.org , EXAMPLE.COM ", false),
    ])
    func noProxyFollowsCurl(url: String, noProxy: String, proxied: Bool) {
        #expect((proxy(url, ["https_proxy": "http://p:3128", "no_proxy": noProxy]) != nil) == proxied)
    }

    @Test(arguments: ["http://127.0.0.1:8080/x", "http://127.9.9.9/x", "http://localhost:1/x", "http://[::1]:8080/x"])
    func loopbackIsNeverProxiedByTheEnvironment(url: String) {
        #expect(proxy(url, ["http_proxy": "http://p:3128", "https_proxy": "http://p:3128"]) == nil)
    }

    @Test func theAccountsProxyWinsAndAppliesToLoopback() throws {
        let own = ProxySetting(host: "own", port: 9000)
        let route = try NetworkRoute.forAccount(baseURL: "http://127.0.0.1:8080", proxy: own, caFile: "/etc/corp-ca.pem",
                                                environment: ["http_proxy": "http://env:3128", "SSL_CERT_FILE": "/etc/ssl.pem"]).get()
        #expect(route.proxy == own)
        #expect(route.extraCertificateAuthorities == ["/etc/corp-ca.pem", "/etc/ssl.pem"])
        let fromEnvironment = try NetworkRoute.forAccount(baseURL: "https://partners.adobe.io", proxy: nil, caFile: nil,
                                                          environment: ["HTTPS_PROXY": "http://u:s3cret@env:3128"]).get()
        #expect(fromEnvironment.proxy == ProxySetting(host: "env", port: 3128, username: "u", password: "s3cret"))
        #expect(fromEnvironment.proxy?.description == "http://…@env:3128", "credentials never shown")
        #expect(throws: OrderError.configuration(detail: "HTTPS_PROXY uses socks5: only http:// proxies are supported (https still goes through them, with CONNECT)")) {
            try NetworkRoute.forAccount(baseURL: "https://partners.adobe.io", proxy: nil, caFile: nil,
                                        environment: ["HTTPS_PROXY": "socks5://p:1080"]).get()
        }
    }

    @Test func proxyURLsAreReadOrRefusedWithTheReason() throws {
        #expect(try ProxySetting.parse("proxy.corp:3128").get() == ProxySetting(host: "proxy.corp", port: 3128))
        #expect(try ProxySetting.parse("http://proxy.corp").get().port == 1080)
        #expect(try ProxySetting.parse("http://a%40b:p%3Ass@proxy.corp:8080").get()
                == ProxySetting(host: "proxy.corp", port: 8080, username: "a@b", password: "p:ss"))
        for bad in ["", "http://", "https://proxy:3128", "http://proxy:3128/path", "http://proxy:99999"] {
            #expect((try? ProxySetting.parse(bad).get()) == nil, "\(bad)")
        }
    }

    @Test func tlsFailuresAreSaidInWordsWithWhatToDo() {
        #expect(TLSProblem("handshakeFailed(NIOSSL.BoringSSLError.sslError([Error: 268435581 error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED]))")?.message
                == "the certificate is signed by an unknown CA: add its CA with ca_file")
        #expect(TLSProblem("NIOSSLExtraError.failedToValidateHostname: Couldn't find <wrong.example> in certificate")?.message
                == "the certificate is for another name")
        #expect(TLSProblem("connectionRefused") == nil)
    }
}
