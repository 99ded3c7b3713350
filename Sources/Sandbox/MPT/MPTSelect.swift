import Foundation

/// The `select` of a query: which of the fields the API omits by default (`lines`,
/// `parameters`, `subscriptions`, `audit`) an answer carries, and which top-level fields it
/// takes away. `+lines` and `lines` both add; `-authorization` removes.
struct MPTSelect: Sendable, Equatable {
    private let fields: Set<String>
    /// The fields taken away (`-name`).
    let removed: Set<String>

    init(_ value: String) {
        let terms = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        fields = Set(terms.filter { !$0.hasPrefix("-") }.map { String($0.drop { $0 == "+" }) })
        removed = Set(terms.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()) })
    }

    /// The `select` of a by-id request's query string, empty when it has none.
    init(query: String?) {
        let part = (query ?? "").split(separator: "&").first { $0.hasPrefix("select=") }
        self.init(part.map { MPTQuery.decode($0.dropFirst("select=".count)) } ?? "")
    }

    func includes(_ field: String) -> Bool { fields.contains(field) }

    /// The fields of `omittable` this select leaves out, for `$meta.omitted`.
    func omitted(from omittable: [String]) -> [String] { omittable.filter { !includes($0) } }
}
