import Foundation

/// The `select` of a query, as far as the sandbox honours it: which of the fields the API
/// omits by default (`lines`, `parameters`, `subscriptions`, `audit`) an answer carries.
/// `+lines` and `lines` both add; a field taken away (`-name`) is not honoured.
struct MPTSelect: Sendable, Equatable {
    private let fields: Set<String>

    init(_ value: String) {
        fields = Set(value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.hasPrefix("-") }.map { String($0.drop { $0 == "+" }) })
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
