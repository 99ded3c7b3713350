import Config
import Testing

/// Plain http only to this machine, decided by the host's address after any `user@`, for
/// `base_url` and `token_url` alike.
@Suite struct PlainHTTPHostConfigTests {
    private func refusal(baseURL: String) -> String? {
        refusal(ConfigLoaderTests.valid.replacingOccurrences(of: "https://partners.adobe.io", with: baseURL))
    }

    private func refusal(tokenURL: String) -> String? {
        refusal(ConfigLoaderTests.valid.replacingOccurrences(of: "https://reseller.example.com/oauth/token", with: tokenURL))
    }

    private func refusal(_ text: String) -> String? {
        do {
            _ = try ConfigLoader.parse(TOMLSource(path: "c.toml", text: text))
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: ["http://127.0.0.1:8080/adobe", "http://127.5.0.1/", "http://localhost:8080/", "http://LOCALHOST/",
                      "http://LocalHost./v3", "http://[::1]:8080/", "http://user@127.0.0.1:9/"])
    func thisMachineMayUsePlainHTTP(url: String) {
        #expect(refusal(baseURL: url) == nil)
        #expect(refusal(tokenURL: url) == nil)
    }

    @Test(arguments: ["http://127.evil.example/", "http://127.0.0.1.evil.example/", "http://localhost.evil.example/",
                      "http://127.0.0.1@example.com/", "http://10.0.0.5/", "http://128.0.0.1/"])
    func aNameOrAnotherAddressIsRefused(url: String) {
        let expected = "is plain http to another machine: credentials would travel in clear; use https"
        #expect(refusal(baseURL: url) == "base_url '\(url)' \(expected)")
        #expect(refusal(tokenURL: url) == "token_url '\(url)' \(expected)")
    }

    @Test(arguments: ["http://127.1/", "http://0177.0.0.1/", "http://2130706433/", "http://0x7f.0.0.1/",
                      "http://[::ffff:127.0.0.1]/", "http://127.000.0.1/"])
    func anAmbiguousSpellingOfLoopbackAsksFor127001(url: String) {
        #expect(refusal(baseURL: url)
            == "base_url '\(url)' spells this machine in a form resolvers read differently; write 127.0.0.1")
        #expect(refusal(tokenURL: url)?.hasSuffix("write 127.0.0.1") == true)
    }
}
