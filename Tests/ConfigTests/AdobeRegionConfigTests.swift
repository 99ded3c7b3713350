import Config
import Testing

/// An Adobe account names its price-list region; nothing else takes one.
@Suite struct AdobeRegionConfigTests {
    private func load(provider: String, _ extra: String) throws(ConfigError) -> AppConfig {
        try ConfigLoader.parse(try TOMLSource(path: "c.toml", text: """
            [[accounts]]
            name = "a"
            provider = "\(provider)"
            base_url = "https://partners.adobe.io"
            customer_id = "1005"
            \(extra)
            [accounts.auth]
            token_env = "T"
            api_key_env = "K"
            """))
    }

    @Test func anAdobeAccountNeedsItsRegion() throws {
        #expect(try load(provider: "adobe", #"region = "WE""#).accounts[0].region == "WE")
        #expect(throws: ConfigError(path: "c.toml", line: 1,
                                    message: "adobe account 'a' needs region = \"NA\" (the partner's price-list region: NA, WE, AP, JP, LA, MX, EE or PA); prices depend on it")) {
            try load(provider: "adobe", "")
        }
        #expect(throws: ConfigError(path: "c.toml", line: 6,
                                    message: "region = \"europe\" is not an Adobe region code such as \"NA\", \"WE\", \"AP\" or \"JP\"")) {
            try load(provider: "adobe", #"region = "europe""#)
        }
        #expect(throws: ConfigError(path: "c.toml", line: 6, message: "region applies to adobe accounts only; remove it from account 'a'")) {
            try load(provider: "mpt", #"region = "NA""#)
        }
    }
}
