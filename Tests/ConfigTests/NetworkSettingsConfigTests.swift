import Config
import Foundation
import OrderKit
import Testing

/// `proxy` and `ca_file` are checked when the config is read: one line each, naming the
/// setting and its line.
@Suite struct NetworkSettingsConfigTests {
    private func load(_ extra: String) throws(ConfigError) -> AppConfig {
        try ConfigLoader.parse(try TOMLSource(path: "c.toml", text: """
            [[accounts]]
            name = "a"
            provider = "mpt"
            base_url = "https://api.example.com/public/v1"
            \(extra)
            [accounts.auth]
            token_env = "T"
            """))
    }

    private func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ca-\(UUID()).pem").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aProxyIsReadAndItsCredentialsNeverShown() throws {
        let config = try load(#"proxy = "http://me:s3cret@proxy.corp:3128""#)
        #expect(config.accounts[0].proxy == ProxySetting(host: "proxy.corp", port: 3128, username: "me", password: "s3cret"))
        do {
            _ = try load(#"proxy = "https://me:s3cret@proxy.corp:3128""#)
            Issue.record("an https proxy was accepted")
        } catch {
            #expect(error.description.hasPrefix("c.toml:5: proxy https://…@proxy.corp:3128 uses https"))
            #expect(!error.description.contains("s3cret"))
        }
    }

    @Test func aMalformedProxyURLIsNamedWithoutItsCredentials() {
        for (text, reason) in [("http://me:s3cret@proxy.corp:99999", "proxy http://…@proxy.corp:99999 "),
                               ("socks5://me:s3cret@proxy.corp:1080", "proxy socks5://…@proxy.corp:1080 uses socks5"),
                               ("http://me:s3cret@proxy.corp:3128/path", "proxy http://…@proxy.corp:3128/path has a path")] {
            do {
                _ = try load("proxy = \"\(text)\"")
                Issue.record("\(text) was accepted")
            } catch {
                #expect(error.description.hasPrefix("c.toml:5: \(reason)"), "\(error.description)")
                #expect(!error.description.contains("s3cret"))
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test func aCAFileMustHoldCertificatesAndNoKey() throws {
        let good = try file("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
        #expect(try load("ca_file = \"\(good)\"").accounts[0].caFile == good)
        let key = try file("-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----\n")
        let text = try file("hello")
        for (path, message) in [(key, "holds a private key"), (text, "is not a PEM certificate"), ("/nope/ca.pem", "cannot be read")] {
            #expect(throws: ConfigError.self) { try load("ca_file = \"\(path)\"") }
            do { _ = try load("ca_file = \"\(path)\"") } catch {
                #expect(error.description.hasPrefix("c.toml:5: ca_file \(path) \(message)"), "\(error.description)")
            }
        }
    }
}
