import Providers
import Testing

/// `base_url` as SoftwareOne's own client takes it (the host root) or with the API path.
@Suite struct MPTBaseURLTests {
    @Test(arguments: [
        ("https://api.s1.show", "https://api.s1.show/public/v1"),
        ("https://api.s1.show/", "https://api.s1.show/public/v1"),
        ("https://api.s1.show/public/v1", "https://api.s1.show/public/v1"),
        ("https://api.s1.show/public/v1/", "https://api.s1.show/public/v1"),
        ("http://127.0.0.1:8080/mpt", "http://127.0.0.1:8080/mpt/public/v1"),
    ])
    func theHostRootAndTheAPIPathAreOneBase(configured: String, base: String) {
        #expect(MPTClient.apiBase(configured) == base)
    }
}
