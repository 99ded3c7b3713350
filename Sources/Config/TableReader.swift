import Foundation
import TOMLKit

/// Typed reads from a TOML table that fail with the key's name and line.
struct TableReader {
    let source: TOMLSource

    private func error(_ key: String, _ section: String?, _ index: Int, _ message: String) -> ConfigError {
        ConfigError(path: source.path, line: source.line(of: key, in: section, index: index), message: message)
    }

    private func qualified(_ key: String, _ section: String?) -> String {
        section.map { "[\($0)] \(key)" } ?? key
    }

    func allow(_ keys: [String], _ known: [String], section: String?, index: Int = 0) throws(ConfigError) {
        for key in keys where !known.contains(key) {
            throw error(key, section, index,
                        "unknown key '\(key)'\(section.map { " in [\($0)]" } ?? ""); known keys: \(known.joined(separator: ", "))")
        }
    }

    func string(_ table: TOMLTable, _ key: String, section: String?, index: Int = 0) throws(ConfigError) -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else {
            throw error(key, section, index, "\(qualified(key, section)) must be a string in quotes")
        }
        return string
    }

    func bool(_ table: TOMLTable, _ key: String, section: String?, index: Int = 0) throws(ConfigError) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let bool = value.bool else {
            throw error(key, section, index, "\(qualified(key, section)) must be true or false")
        }
        return bool
    }

    func seconds(_ table: TOMLTable, _ key: String, section: String?, index: Int = 0) throws(ConfigError) -> Double? {
        guard let value = table[key] else { return nil }
        guard let number = value.double ?? value.int.map(Double.init), number > 0 else {
            throw error(key, section, index, "\(qualified(key, section)) must be a positive number of seconds")
        }
        return number
    }

    func count(_ table: TOMLTable, _ key: String, section: String?, index: Int = 0, in range: ClosedRange<Int>) throws(ConfigError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int, range.contains(number) else {
            throw error(key, section, index, "\(qualified(key, section)) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func table(_ table: TOMLTable, _ key: String, section: String?, index: Int = 0) throws(ConfigError) -> TOMLTable? {
        guard let value = table[key] else { return nil }
        guard let nested = value.table else {
            throw error(key, section, index, "\(qualified(key, section)) must be a table")
        }
        return nested
    }

    func checkURL(_ text: String, key: String, section: String?, index: Int) throws(ConfigError) {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host?.isEmpty == false else {
            throw error(key, section, index, "\(key) '\(text)' is not an http(s) URL such as https://api.example.com")
        }
        guard scheme == "http" else { return }
        switch PlainHTTPHost(url.host ?? "") {
        case .loopback:
            return
        case .ambiguousLoopback:
            throw error(key, section, index,
                        "\(key) '\(text)' spells this machine in a form resolvers read differently; write 127.0.0.1")
        case .elsewhere:
            throw error(key, section, index,
                        "\(key) '\(text)' is plain http to another machine: credentials would travel in clear; use https")
        }
    }
}
