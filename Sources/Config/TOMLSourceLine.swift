import Foundation

/// One line of a TOML file as `TOMLSource`'s line lookups read it: a table header, or the
/// key a `key = value` line sets, or neither.
struct TOMLSourceLine {
    /// From 1, as editors and error messages count.
    let number: Int
    /// The table a `[name]` or `[[name]]` line opens, comment and brackets removed.
    let header: String?
    let isArrayHeader: Bool
    /// The key of a `key = value` line, quotes removed.
    let key: String?

    init(offset: Int, raw: Substring) {
        number = offset + 1
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.hasPrefix("[") {
            let body = line.split(separator: "#", maxSplits: 1).first.map(String.init) ?? line
            header = body.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
            isArrayHeader = line.hasPrefix("[[")
            key = nil
        } else {
            header = nil
            isArrayHeader = false
            key = line.firstIndex(of: "=").map { line[..<$0].trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) }
        }
    }
}
