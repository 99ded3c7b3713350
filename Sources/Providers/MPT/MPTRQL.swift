import Foundation

/// Builds the RQL the list endpoint takes raw in its query string, with every value quoted
/// and percent-encoded so that a client reference can hold any character.
enum MPTRQL {
    static func eq(_ field: String, _ value: String) -> String { "eq(\(field),\(quoted(value)))" }

    static func `in`(_ field: String, _ values: [String]) -> String {
        "in(\(field),(\(values.map(quoted).joined(separator: ","))))"
    }

    static func and(_ terms: [String]) -> String {
        terms.count == 1 ? terms[0] : "and(\(terms.joined(separator: ",")))"
    }

    private static func quoted(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "'" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value) + "'"
    }
}
