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

    @Test func approverOnAnotherProviderOrNotABooleanIsRefusedWithItsLine() {
        #expect(throws: ConfigError(path: "c.toml", line: 5,
                                    message: "approver applies to appxite accounts only; remove it from account 'acme'")) {
            try parse(Self.account(provider: "adobe", approver: "true"))
        }
        #expect(throws: ConfigError.self) { try parse(Self.account(provider: "appxite", approver: "\"yes\"")) }
    }
}
