import Foundation
import OrderKit
import TOMLKit

/// ordercon's own `forms.toml` (`ConfigLoader.formsPath`): the form templates it saves per
/// offer, a table per provider and offer whose keys and values are the request's
/// (`docs/providers/appxite.md` shows one written by hand from the portal's request).
///
/// Saving rewrites the whole file through a temporary file renamed over it, so a crash
/// leaves the old file or the new one, never half of either; every other offer's template
/// is kept. A file that cannot be read is never overwritten: its error names the file and
/// line and says what to do, and nothing is lost.
public struct FormTemplateFile: FormTemplateBook {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public func template(provider: ProviderKind, offerID: String) throws -> FormTemplate? {
        try read()[provider.rawValue]?[offerID].map { FormTemplate(provider: provider, offerID: offerID, entries: $0) }
    }

    public func save(_ template: FormTemplate) throws -> String {
        var templates = try read()
        templates[template.provider.rawValue, default: [:]][template.offerID] = template.entries
        try write(templates)
        return path
    }

    // MARK: Reading

    /// Entries by provider and offer id; a missing file holds none.
    private func read() throws -> [String: [String: [FormEntry]]] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        do {
            let source = try TOMLSource(contentsOf: path)
            var templates: [String: [String: [FormEntry]]] = [:]
            for provider in source.table.keys {
                guard ProviderKind(rawValue: provider) != nil, let offers = source.table[provider]?.table else {
                    throw ConfigError(path: path, line: source.line(ofSection: provider) ?? source.line(of: provider),
                                      message: "'\(provider)' is not a provider's table such as [appxite.\"OFFER-ID\"]")
                }
                for offerID in offers.keys {
                    // The header as written: `[appxite."ID"]`, or bare where the id allows it.
                    let sections = ["\(provider).\"\(offerID)\"", "\(provider).\(offerID)"]
                    guard let form = offers[offerID]?.table else {
                        throw ConfigError(path: path, line: source.line(of: offerID, in: provider),
                                          message: "offer \(offerID) must be a table: [\(provider).\"\(offerID)\"] with its keys under it")
                    }
                    templates[provider, default: [:]][offerID] = try entries(form, prefix: "", sections: sections, source: source)
                }
            }
            return templates
        } catch let error as ConfigError {
            throw Self.unreadable(error)
        }
    }

    /// A form's keys flattened to dotted keys (`ChargePeriod.offerId`); text and whole
    /// numbers only, as the request sends them.
    private func entries(_ table: TOMLTable, prefix: String, sections: [String], source: TOMLSource) throws -> [FormEntry] {
        var entries: [FormEntry] = []
        for key in table.keys {
            let dotted = prefix + key
            if let nested = table[key]?.table {
                entries += try self.entries(nested, prefix: dotted + ".", sections: sections, source: source)
            } else if let number = table[key]?.int {
                entries.append(FormEntry(key: dotted, value: FormLiteral.integer(number).typed))
            } else if let text = table[key]?.string {
                entries.append(FormEntry(key: dotted, value: FormLiteral.text(text).typed))
            } else {
                throw ConfigError(path: path, line: sections.lazy.compactMap { Self.line(of: dotted, in: $0, source: source) }.first,
                                  message: "\(dotted) must be text in quotes or a whole number, as the portal's request sends it")
            }
        }
        return entries
    }

    /// Where a dotted key is written: as one key in its offer's table, or as its last part in
    /// a sub-table (`[appxite."ID".ChargePeriod]`).
    private static func line(of dotted: String, in section: String, source: TOMLSource) -> Int? {
        let parts = dotted.split(separator: ".").map(String.init)
        return source.line(of: dotted, in: section)
            ?? source.line(of: parts.last ?? dotted, in: ([section] + parts.dropLast()).joined(separator: "."))
    }

    /// One line naming the file and line, and what to do; the file is left as it is.
    private static func unreadable(_ error: ConfigError) -> OrderError {
        .configuration(detail: "\(error.description); fix that line or move the file away (ordercon never overwrites a forms.toml it cannot read)")
    }

    // MARK: Writing

    private func write(_ templates: [String: [String: [FormEntry]]]) throws {
        let root = TOMLTable()
        for (provider, offers) in templates {
            let table = TOMLTable()
            for (offerID, entries) in offers {
                table[offerID] = Self.table(entries.map { ($0.key.split(separator: ".").map(String.init), $0.value) })
            }
            root[provider] = table
        }
        let text = Self.header + root.convert(to: .toml) + "\n"
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = "\(path).\(ProcessInfo.processInfo.processIdentifier).tmp"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            // Only the user reads it: a value may be something the user typed as secret.
            guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8),
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw OrderError.configuration(detail: "\(path): the form template could not be saved; check that \(directory) is writable")
        }
    }

    /// Dotted keys as nested tables, each table filled before it is put in its parent (a
    /// table is copied when inserted), values typed as the request sends them.
    private static func table(_ entries: [(path: [String], value: String)]) -> TOMLTable {
        let table = TOMLTable()
        var groups: [String: [(path: [String], value: String)]] = [:]
        for entry in entries {
            guard let first = entry.path.first else { continue }
            if entry.path.count == 1 {
                switch FormLiteral(typed: entry.value) {
                case .integer(let number): table[first] = number
                case .text(let text): table[first] = text
                }
            } else {
                groups[first, default: []].append((Array(entry.path.dropFirst()), entry.value))
            }
        }
        for (key, nested) in groups where table[key] == nil { table[key] = Self.table(nested) }
        return table
    }

    private static let header = """
        # ordercon's form templates: written by ordercon when a line is added, read to prefill
        # the next addition of the same offer. One table per offer, its keys and values as the
        # portal's request sends them (docs/providers/appxite.md). Safe to edit by hand.


        """
}
