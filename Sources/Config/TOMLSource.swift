import Foundation
import TOMLKit

/// A TOML file as text and as parsed table, so that errors can name the file and the line
/// of the offending key (TOMLKit gives lines only for syntax errors).
public struct TOMLSource {
    public let path: String
    public let text: String
    public let table: TOMLTable
    /// The lines as the lookups below need them, read once: the loader asks for the line of
    /// every key it checks, and splitting and trimming the whole file per question was a
    /// sixth of a 1000-order `ordercon status`'s own time.
    private let lines: [TOMLSourceLine]

    /// Parses `text`; a syntax error becomes a `ConfigError` naming the file and line.
    public init(path: String, text: String) throws(ConfigError) {
        self.path = path
        self.text = text
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map(TOMLSourceLine.init)
        if let problem = TOMLPreflight.problem(in: text) {
            throw ConfigError(path: path, line: problem.line, message: problem.message)
        }
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(path: path, line: error.source.begin.line, message: error.description)
        } catch {
            throw ConfigError(path: path, line: nil, message: "not valid TOML")
        }
    }

    /// Reads and parses the file at `path`.
    public init(contentsOf path: String) throws(ConfigError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(path: path, line: nil, message: "cannot be read; check that it exists and is readable")
        }
        try self.init(path: path, text: String(decoding: data, as: UTF8.self))
    }

    /// The line where `key` is set inside `[section]` (or inside the `index`-th
    /// `[[section]]`, or a sub-table of it such as `[accounts.auth]`), or at the top level
    /// when `section` is nil.
    public func line(of key: String, in section: String? = nil, index: Int = 0) -> Int? {
        var current: String?
        var arrayCounts: [String: Int] = [:]
        for line in lines {
            if let header = line.header {
                if line.isArrayHeader { arrayCounts[header, default: 0] += 1 }
                current = header
                continue
            }
            guard current == section, let name = line.key else { continue }
            if let section, let root = section.split(separator: ".").first.map(String.init),
               let count = arrayCounts[root], count - 1 != index {
                continue
            }
            if name == key { return line.number }
        }
        return nil
    }

    /// The line of the `index`-th `[[section]]` or `[section]` header.
    public func line(ofSection section: String, index: Int = 0) -> Int? {
        var seen = -1
        for line in lines where line.header == section {
            seen += 1
            if seen == index { return line.number }
        }
        return nil
    }
}
