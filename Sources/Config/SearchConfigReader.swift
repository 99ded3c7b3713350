import Foundation
import OrderKit
import TOMLKit

/// Reads `[accounts.search]`, refusing with the line of the key at fault: a location given
/// twice or in half (a `lat` without `lng`), a number out of range, no radius.
struct SearchConfigReader {
    let reader: TableReader
    let account: String
    let index: Int

    private static let section = "accounts.search"
    private static let forms = "lat and lng, postal_code, or city and state_code"

    func read(_ table: TOMLTable, provider: ProviderKind, header: Int?) throws(ConfigError) -> SearchConfig {
        try reader.allow(table.keys, SearchConfig.keys, section: Self.section, index: index)
        let firstLine = table.keys.compactMap { line($0) }.min() ?? header
        guard provider == .adility else {
            throw fail(firstLine, "[accounts.search] applies to adility accounts only; remove it from account '\(account)'")
        }
        let location = try location(table, at: firstLine)
        guard table["radius"] != nil else {
            throw fail(firstLine, "[accounts.search] of account '\(account)' needs radius = 25 (the distance around the location)")
        }
        let radius = try number(table, "radius", in: 0...Double.greatestFiniteMagnitude)
        guard radius > 0 else { throw fail(line("radius"), "[accounts.search] radius must be a positive number") }
        return SearchConfig(location: location, radius: radius)
    }

    private func location(_ table: TOMLTable, at firstLine: Int?) throws(ConfigError) -> SearchConfig.Location {
        let given = [("lat", "lng"), ("postal_code", nil), ("city", "state_code")].filter { pair in
            table[pair.0] != nil || pair.1.map { table[$0] != nil } == true
        }
        guard given.count == 1, let form = given.first else {
            let line = given.count > 1 ? given.compactMap { self.line($0.0) ?? $0.1.flatMap(self.line) }.max() : firstLine
            throw fail(line, "[accounts.search] of account '\(account)' needs one location: \(Self.forms)\(given.count > 1 ? ", not several" : "")")
        }
        if let code = table["country_code"], form.0 != "postal_code" || code.string == nil {
            throw fail(line("country_code"), form.0 == "postal_code" ? "[accounts.search] country_code must be a string in quotes"
                       : "[accounts.search] country_code goes with postal_code only")
        }
        switch form.0 {
        case "lat":
            return .point(latitude: try number(table, "lat", in: -90...90, pair: "lng"),
                          longitude: try number(table, "lng", in: -180...180, pair: "lat"))
        case "postal_code":
            return .postalCode(try text(table, "postal_code"), countryCode: table["country_code"]?.string)
        default:
            return .city(try text(table, "city", pair: "state_code"), stateCode: try text(table, "state_code", pair: "city"))
        }
    }

    private func number(_ table: TOMLTable, _ key: String, in range: ClosedRange<Double>,
                        pair: String? = nil) throws(ConfigError) -> Double {
        guard let value = table[key] else { throw missing(key, pair: pair) }
        guard let number = value.double ?? value.int.map(Double.init), range.contains(number) else {
            let bounds = range.upperBound == .greatestFiniteMagnitude ? "a positive number"
                : "a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))"
            throw fail(line(key), "[accounts.search] \(key) must be \(bounds), without quotes")
        }
        return number
    }

    private func text(_ table: TOMLTable, _ key: String, pair: String? = nil) throws(ConfigError) -> String {
        guard let value = table[key] else { throw missing(key, pair: pair) }
        guard let text = value.string?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw fail(line(key), "[accounts.search] \(key) must be a non-empty string in quotes")
        }
        return text
    }

    private func missing(_ key: String, pair: String?) -> ConfigError {
        fail(pair.flatMap(line), "[accounts.search] \(pair ?? key) needs \(key) with it (one location: \(Self.forms))")
    }

    private func line(_ key: String) -> Int? {
        reader.source.line(of: key, in: Self.section, index: index)
    }

    private func fail(_ line: Int?, _ message: String) -> ConfigError {
        ConfigError(path: reader.source.path, line: line, message: message)
    }
}
