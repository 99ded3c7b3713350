import Config
import Foundation
import OrderKit
import Testing

@Suite struct ConfigLoaderTests {
    static let valid = """
        [settings]
        theme = "light"
        read_only = false
        refresh_fast = 1.5

        [keys]
        place = "P"

        [[accounts]]
        name = "acme-wl"
        provider = "whitelabel"
        base_url = "https://reseller.example.com"
        edition = "free"
        [accounts.auth]
        token_url = "https://reseller.example.com/oauth/token"
        client_id_env = "WL_ID"
        client_secret_env = "WL_SECRET"
        username_env = "WL_USER"
        password_env = "WL_PASS"

        [[accounts]]
        name = "acme-adobe"
        provider = "adobe"
        base_url = "https://partners.adobe.io"
        customer_id = "1005000000"
        read_only = true
        region = "WE"
        [accounts.auth]
        token_env = "ADOBE_TOKEN"
        api_key_env = "ADOBE_KEY"
        """

    private func parse(_ text: String) throws(ConfigError) -> AppConfig {
        try ConfigLoader.parse(TOMLSource(path: "c.toml", text: text))
    }

    private func failure(_ text: String) -> ConfigError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEverySetting() throws {
        let config = try parse(Self.valid)
        #expect(config.settings.theme == "light")
        #expect(config.settings.refreshFast == 1.5)
        #expect(config.settings.refreshSlow == 30)
        #expect(config.keys == ["place": "P"])
        #expect(config.accounts.map(\.name) == ["acme-wl", "acme-adobe"])
        let whitelabel = try #require(config.account(named: "acme-wl"))
        #expect(whitelabel.provider == .whitelabel)
        #expect(whitelabel.edition == .free)
        #expect(whitelabel.auth.passwordEnv == "WL_PASS")
        #expect(whitelabel.line == 9)
        let adobe = try #require(config.account(named: "acme-adobe"))
        #expect(adobe.readOnly)
        #expect(adobe.customerID == "1005000000")
        #expect(adobe.auth.apiKeyEnv == "ADOBE_KEY")
        #expect(config.account(named: nil)?.name == "acme-wl")
    }

    @Test func concurrencyIsPerAccountEightByDefaultAndBounded() throws {
        let config = try parse(Self.valid.replacingOccurrences(of: "edition = \"free\"", with: "edition = \"free\"\nconcurrency = 3"))
        #expect(config.account(named: "acme-wl")?.concurrency == 3)
        #expect(config.account(named: "acme-adobe")?.concurrency == AccountConfig.defaultConcurrency)
        let error = failure(Self.valid.replacingOccurrences(of: "edition = \"free\"", with: "edition = \"free\"\nconcurrency = 0"))
        #expect(error?.line == 14)
        #expect(error?.message == "[accounts] concurrency must be a whole number from 1 to 64")
    }

    @Test func unknownKeyNamesTheKeyAndItsLine() {
        let error = failure(Self.valid.replacingOccurrences(of: "customer_id = ", with: "custmer_id = "))
        #expect(error?.line == 25)
        #expect(error?.message.hasPrefix("unknown key 'custmer_id' in [accounts]") == true)
        #expect(failure("colour = 1\n")?.description.hasPrefix("c.toml:1: unknown key 'colour'") == true)
        #expect(failure(Self.valid.replacingOccurrences(of: "token_env =", with: "tokn_env ="))?.line == 29)
    }

    @Test func unknownProviderNamesTheChoices() {
        let error = failure(Self.valid.replacingOccurrences(of: "provider = \"adobe\"", with: "provider = \"adobee\""))
        #expect(error?.line == 23)
        #expect(error?.message == "unknown provider 'adobee' in account 'acme-adobe'; use one of appxite, whitelabel, adobe, adility, mpt")
    }

    @Test func malformedURLsAndWrongTypesAreRefused() {
        #expect(failure(Self.valid.replacingOccurrences(of: "https://partners.adobe.io", with: "partners.adobe.io"))?.line == 24)
        #expect(failure(Self.valid.replacingOccurrences(of: "read_only = true", with: "read_only = \"yes\""))?.message
                == "[accounts] read_only must be true or false")
        #expect(failure(Self.valid.replacingOccurrences(of: "edition = \"free\"", with: "edition = \"gold\""))?.line == 13)
        #expect(failure(Self.valid.replacingOccurrences(of: "refresh_fast = 1.5", with: "refresh_fast = -1"))?.line == 4)
        #expect(failure(Self.valid.replacingOccurrences(of: "name = \"acme-adobe\"", with: "name = \"acme-wl\""))?.message
                == "two accounts are named 'acme-wl'; names must be unique")
        #expect(failure("[[accounts]]\nname = \"x\"\n")?.message == "account 'x' needs provider = one of appxite, whitelabel, adobe, adility, mpt")
    }

    @Test func plainHttpIsRefusedExceptToThisMachine() {
        let http = failure(Self.valid.replacingOccurrences(of: "https://partners.adobe.io", with: "http://partners.adobe.io"))
        #expect(http?.line == 24)
        #expect(http?.message == "base_url 'http://partners.adobe.io' is plain http to another machine: credentials would travel in clear; use https")
        #expect(failure(Self.valid.replacingOccurrences(of: "https://partners.adobe.io", with: "http://127.0.0.1:8080/adobe")) == nil)
        #expect(failure(Self.valid.replacingOccurrences(of: "https://partners.adobe.io", with: "http://localhost:8080/adobe")) == nil)
        #expect(failure(Self.valid.replacingOccurrences(of: "https://reseller.example.com/oauth/token",
                                                         with: "http://10.0.0.5/oauth/token"))?.line == 15)
    }

    @Test func syntaxErrorsNameTheLine() {
        let error = failure("[settings]\ntheme = \"dark\"\nread_only = \n")
        #expect(error?.line == 3)
        #expect(error?.path == "c.toml")
    }

    @Test func missingFileSaysSo() {
        #expect(throws: ConfigError.self) { try ConfigLoader.load(path: "/nonexistent/ordercon.toml") }
    }

    @Test func defaultPathFollowsXDG() {
        #expect(ConfigLoader.defaultPath(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/ordercon/config.toml")
        #expect(ConfigLoader.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.config/ordercon/config.toml")
    }
}
