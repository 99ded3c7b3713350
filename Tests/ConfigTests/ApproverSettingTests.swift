import Config
import Foundation
import OrderKit
import Testing

/// `approver`: an Appxite login that may approve or reject manual-approval orders.
@Suite struct ApproverSettingTests {
    private static func account(provider: String, approver: String?) -> String {
        """
        [[accounts]]
        name = "acme"
        provider = "\(provider)"
        base_url = "https://api.example.com"
        \(approver.map { "approver = \($0)" } ?? "")
        """
    }

    private func parse(_ text: String) throws(ConfigError) -> AppConfig {
        try ConfigLoader.parse(TOMLSource(path: "c.toml", text: text))
    }

    @Test func appxiteAccountsAreNoApproversUnlessSaid() throws {
        #expect(try parse(Self.account(provider: "appxite", approver: nil)).accounts.first?.approver == false)
        #expect(try parse(Self.account(provider: "appxite", approver: "true")).accounts.first?.approver == true)
    }

    @Test func anAccountTimeoutIsADurationWithinBounds() throws {
        let base = Self.account(provider: "mpt", approver: nil)
        #expect(try parse(base).accounts.first?.timeout == nil)
        #expect(try parse(base + "\ntimeout = \"5s\"").accounts.first?.timeout == 5)
        #expect(throws: ConfigError(path: "c.toml", line: 6,
                                    message: "timeout = \"0s\" is not a duration from 1s to 10m, such as \"30s\"")) {
            try parse(base + "\ntimeout = \"0s\"")
        }
    }

    @Test func anAppxiteOrganizationMayBeNamed() throws {
        let text = Self.account(provider: "appxite", approver: nil) + "\norganization_name = \"Fabrikam\""
        #expect(try parse(text).accounts.first?.organizationName == "Fabrikam")
    }

    @Test func approverOnAnotherProviderOrNotABooleanIsRefusedWithItsLine() {
        #expect(throws: ConfigError(path: "c.toml", line: 5,
                                    message: "approver applies to appxite accounts only; remove it from account 'acme'")) {
            try parse(Self.account(provider: "adobe", approver: "true"))
        }
        #expect(throws: ConfigError.self) { try parse(Self.account(provider: "appxite", approver: "\"yes\"")) }
    }
}
