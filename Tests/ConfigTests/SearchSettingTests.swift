import Config
import Foundation
import OrderKit
import Testing

/// `[accounts.search]`: Adility's offer search location (one of `lat` + `lng`,
/// `postal_code` with an optional `country_code`, `city` + `state_code`) and `radius`;
/// every mistake is one line naming the key and its line.
@Suite struct SearchSettingTests {
    private static func config(provider: String = "adility", _ search: String) -> String {
        """
        [[accounts]]
        name = "deals"
        provider = "\(provider)"
        base_url = "https://api.example.com"
        [accounts.search]
        \(search)
        """
    }

    private func parse(_ text: String) throws(ConfigError) -> AppConfig {
        try ConfigLoader.parse(TOMLSource(path: "c.toml", text: text))
    }

    @Test func eachOfTheThreeLocationsIsRead() throws {
        #expect(try parse(Self.config("lat = 37.77\nlng = -122\nradius = 25")).accounts.first?.search
            == SearchConfig(location: .point(latitude: 37.77, longitude: -122), radius: 25))
        #expect(try parse(Self.config("postal_code = \"V4E 2A9\"\ncountry_code = \"CA\"\nradius = 100")).accounts.first?.search
            == SearchConfig(location: .postalCode("V4E 2A9", countryCode: "CA"), radius: 100))
        #expect(try parse(Self.config("city = \"San Francisco\"\nstate_code = \"CA\"\nradius = 2.5")).accounts.first?.search
            == SearchConfig(location: .city("San Francisco", stateCode: "CA"), radius: 2.5))
    }

    @Test func withoutTheTableThereIsNoSearch() throws {
        let text = "[[accounts]]\nname = \"deals\"\nprovider = \"adility\"\nbase_url = \"https://api.example.com\"\n"
        #expect(try parse(text).accounts.first?.search == nil)
    }

    @Test(arguments: [
        ("lat = 37.77\nradius = 25", 6, "[accounts.search] lat needs lng with it (one location: lat and lng, postal_code, or city and state_code)"),
        ("state_code = \"CA\"\nradius = 25", 6, "[accounts.search] state_code needs city with it (one location: lat and lng, postal_code, or city and state_code)"),
        ("radius = 25", 6, "[accounts.search] of account 'deals' needs one location: lat and lng, postal_code, or city and state_code"),
        ("postal_code = \"94103\"\ncity = \"Oakland\"\nstate_code = \"CA\"\nradius = 5", 7,
         "[accounts.search] of account 'deals' needs one location: lat and lng, postal_code, or city and state_code, not several"),
        ("postal_code = \"94103\"", 6, "[accounts.search] of account 'deals' needs radius = 25 (the distance around the location)"),
        ("postal_code = \"94103\"\nradius = 0", 7, "[accounts.search] radius must be a positive number"),
        ("postal_code = \"94103\"\nradius = \"25\"", 7, "[accounts.search] radius must be a positive number, without quotes"),
        ("lat = 97.0\nlng = 1\nradius = 5", 6, "[accounts.search] lat must be a number from -90 to 90, without quotes"),
        ("lat = 1\nlng = -181\nradius = 5", 7, "[accounts.search] lng must be a number from -180 to 180, without quotes"),
        ("postal_code = 94103\nradius = 5", 6, "[accounts.search] postal_code must be a non-empty string in quotes"),
        ("city = \"Oakland\"\nstate_code = \"CA\"\ncountry_code = \"US\"\nradius = 5", 8,
         "[accounts.search] country_code goes with postal_code only"),
        ("zip = \"94103\"", 6, "unknown key 'zip' in [accounts.search]; known keys: lat, lng, postal_code, country_code, city, state_code, radius"),
    ])
    func aMistakeNamesTheKeyAndItsLine(search: String, line: Int, message: String) {
        #expect(throws: ConfigError(path: "c.toml", line: line, message: message)) { try parse(Self.config(search)) }
    }

    @Test func onlyAdilityAccountsSearch() {
        #expect(throws: ConfigError(path: "c.toml", line: 6,
                                    message: "[accounts.search] applies to adility accounts only; remove it from account 'deals'")) {
            try parse(Self.config(provider: "mpt", "postal_code = \"94103\"\nradius = 5"))
        }
    }
}
