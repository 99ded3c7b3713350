import Config
import Foundation
import OrderKit
import Testing

/// `order_list`: known orders by default where the provider publishes no list, else the
/// provider's list; a wrong value names the setting and its line.
@Suite struct OrderListSettingTests {
    private static func account(provider: String, orderList: String? = nil) -> String {
        """
        [[accounts]]
        name = "acme"
        provider = "\(provider)"
        base_url = "https://api.example.com"
        \(orderList.map { "order_list = \($0)" } ?? "")
        """
    }

    private func parse(_ text: String) throws(ConfigError) -> AppConfig {
        try ConfigLoader.parse(TOMLSource(path: "c.toml", text: text))
    }

    @Test(arguments: [("appxite", OrderListing.known), ("adility", .known), ("whitelabel", .provider),
                      ("mpt", .provider)])
    func eachProviderStartsWithItsStandardListing(provider: String, listing: OrderListing) throws {
        #expect(try parse(Self.account(provider: provider)).accounts.first?.orderList == listing)
    }

    @Test func theSettingWinsOverTheStandard() throws {
        #expect(try parse(Self.account(provider: "appxite", orderList: "\"provider\"")).accounts.first?.orderList == .provider)
        #expect(try parse(Self.account(provider: "adobe", orderList: "\"known\"") + "\nregion = \"NA\"").accounts.first?.orderList == .known)
    }

    @Test func aWrongValueNamesTheSettingAndItsLine() {
        #expect(throws: ConfigError(path: "c.toml", line: 5, message: "order_list must be \"known\" (poll the orders ordercon knows by id) or \"provider\" (the provider's own list), not 'all'")) {
            try parse(Self.account(provider: "adility", orderList: "\"all\""))
        }
        #expect(throws: ConfigError(path: "c.toml", line: 5, message: "[accounts] order_list must be a string in quotes")) {
            try parse(Self.account(provider: "adility", orderList: "true"))
        }
    }
}
