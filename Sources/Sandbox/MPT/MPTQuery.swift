/// The query of a list (`GET /commerce/orders`, agreements, subscriptions): RQL appended raw
/// to the query string (`and(eq(status,'Draft'),gt(audit.created.at,'2026-01-01T00:00:00.000Z'))`)
/// plus `limit`, `offset`, `select` and `order`.
///
/// The sandbox reads the RQL guide's operators (see `MPTFilter`) on the fields each list
/// names; any other field or operator is refused with 400 rather than silently ignored, so
/// that a client can never believe a filter applied when it did not. `select` adds what the
/// API omits by default; as the guide says, filtering or sorting on `audit.*` needs `audit`
/// selected. A `limit` above 100 is capped at 100, as the guide says the platform does.
struct MPTQuery {
    struct SortKey: Equatable {
        var field: String
        var descending: Bool
    }

    static let orderFilterable = ["id", "status", "type", "externalIds.client", "agreement.id", "licensee.id",
                                  "product.id", "audit.created.at", "audit.updated.at"]
    static let orderSortable = ["id", "status", "type", "audit.created.at", "audit.updated.at"]
    static let defaultLimit = 10
    static let maximumLimit = 100

    let filterable: [String]
    let sortable: [String]
    var filters: [MPTFilter] = []
    var limit = defaultLimit
    var offset = 0
    var order: [SortKey] = []
    var select = MPTSelect("")

    init(raw: String?, filterable: [String] = orderFilterable, sortable: [String] = orderSortable) throws {
        self.filterable = filterable
        self.sortable = sortable
        for part in (raw ?? "").split(separator: "&") where !part.isEmpty {
            if let equals = part.firstIndex(of: "="),
               ["limit", "offset", "select", "order"].contains(String(part[..<equals])) {
                try apply(name: String(part[..<equals]), value: Self.decode(part[part.index(after: equals)...]))
            } else {
                var parser = Parser(text: Array(part), filterable: filterable)
                filters.append(try parser.expression())
                try parser.expectEnd()
            }
        }
        let audit = filters.flatMap(\.fields).map { ("rql", $0) } + order.map { ("order", $0.field) }
        if let (parameter, field) = audit.first(where: { $0.1.hasPrefix("audit.") }), !select.includes("audit") {
            throw MPTProblem.badRequest("The list query is invalid.", field: parameter,
                                        "Filtering or ordering by '\(field)' needs select=+audit: the audit is omitted by default.")
        }
    }

    /// Whether an object whose fields `value` reads passes every filter of the query.
    func matches(_ value: (String) -> String?) -> Bool {
        filters.allSatisfy { $0.matches(value) }
    }

    /// The page of `all` the query asks for: filtered, sorted (else by `defaults`), paged, and
    /// each object shown as its `select` says.
    func page<Value: MPTSelectable>(_ all: [Value], defaults: [SortKey] = [],
                                    _ value: (String, Value) -> String?) -> MPTPage<MPTSelected<Value>> {
        .selected(sorted(all.filter { element in matches { value($0, element) } }, defaults: defaults, value), self)
    }

    /// `all` in the query's order (else `defaults`), ties broken by id. Each element's keys
    /// are read once, not once per comparison.
    private func sorted<Element>(_ all: [Element], defaults: [SortKey] = [],
                                 _ value: (String, Element) -> String?) -> [Element] {
        let keys = (order.isEmpty ? defaults : order) + [SortKey(field: "id", descending: false)]
        let keyed = all.map { element in (element, keys.map { value($0.field, element) ?? "" }) }
        return keyed.sorted { left, right in
            for (index, key) in keys.enumerated() {
                let result = MPTFilter.order(left.1[index], right.1[index])
                if result != .orderedSame { return key.descending ? result == .orderedDescending : result == .orderedAscending }
            }
            return false
        }.map(\.0)
    }

    private mutating func apply(name: String, value: String) throws {
        switch name {
        case "limit":
            guard let number = Int(value), number >= 0 else {
                throw MPTProblem.badRequest("The list query is invalid.", field: "limit",
                                            "limit must be a whole number of at least 0.")
            }
            limit = min(number, Self.maximumLimit)
        case "offset":
            guard let number = Int(value), number >= 0 else {
                throw MPTProblem.badRequest("The list query is invalid.", field: "offset",
                                            "offset must be a whole number of at least 0.")
            }
            offset = number
        case "select":
            select = MPTSelect(value)
        case "order":
            order = try value.split(separator: ",").map { term in
                let descending = term.hasPrefix("-")
                let field = String(term.drop { $0 == "-" || $0 == "+" })
                guard sortable.contains(field) else {
                    throw MPTProblem.badRequest("The list query is invalid.", field: "order",
                                                "Cannot order by '\(field)'; use one of \(sortable.joined(separator: ", ")).")
                }
                return SortKey(field: field, descending: descending)
            }
        default:
            break
        }
    }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// A recursive-descent reader for the supported RQL subset.
    private struct Parser {
        let text: [Character]
        let filterable: [String]
        var position = 0

        mutating func expression() throws -> MPTFilter {
            let name = word()
            try expect("(")
            let filter: MPTFilter
            switch name {
            case "and", "or":
                var filters = [try expression()]
                while peek() == "," {
                    position += 1
                    filters.append(try expression())
                }
                filter = name == "and" ? .all(filters) : .any(filters)
            case "not":
                filter = .not(try expression())
            case "in", "out":
                let field = try fieldName()
                try expect(",")
                try expect("(")
                var values = [try value()]
                while peek() == "," {
                    position += 1
                    values.append(try value())
                }
                try expect(")")
                filter = .member(field: field, values: values, negated: name == "out")
            case "like", "ilike":
                let field = try fieldName()
                try expect(",")
                filter = .pattern(field: field, pattern: try value(), caseSensitive: name == "like")
            default:
                guard let comparison = MPTFilter.Comparison(rawValue: name) else {
                    throw Self.refusal("The RQL operator '\(name)' is not supported here; use eq, ne, gt, ge, lt, le, in, out, like, ilike, and, or or not.")
                }
                let field = try fieldName()
                try expect(",")
                filter = .compare(field: field, comparison, value: try value())
            }
            try expect(")")
            return filter
        }

        mutating func expectEnd() throws {
            if position < text.count { throw Self.refusal("Unexpected text after the RQL expression.") }
        }

        private mutating func fieldName() throws -> String {
            let field = word()
            guard filterable.contains(field) else {
                throw Self.refusal("Cannot filter by '\(field)'; use one of \(filterable.joined(separator: ", ")).")
            }
            return field
        }

        private mutating func value() throws -> String {
            if let quote = peek(), quote == "'" || quote == "\"" {
                position += 1
                let start = position
                while position < text.count, text[position] != quote { position += 1 }
                guard position < text.count else { throw Self.refusal("A quoted RQL value is not closed.") }
                defer { position += 1 }
                return MPTQuery.decode(Substring(String(text[start..<position])))
            }
            let start = position
            while let next = peek(), next != ",", next != ")" { position += 1 }
            guard position > start else { throw Self.refusal("An RQL value is missing.") }
            // Quotes a client percent-encoded (`%22AGR-…%22`) still quote.
            let value = MPTQuery.decode(Substring(String(text[start..<position])))
            if value.count >= 2, let first = value.first, first == value.last, first == "'" || first == "\"" {
                return String(value.dropFirst().dropLast())
            }
            return value
        }

        private mutating func word() -> String {
            let start = position
            while let next = peek(), next.isLetter || next.isNumber || next == "." || next == "_" { position += 1 }
            return String(text[start..<position])
        }

        private mutating func expect(_ character: Character) throws {
            guard peek() == character else {
                throw Self.refusal("Expected '\(character)' at position \(position + 1) of the RQL expression.")
            }
            position += 1
        }

        private func peek() -> Character? { position < text.count ? text[position] : nil }

        private static func refusal(_ message: String) -> MPTProblem {
            MPTProblem.badRequest("The list query is invalid.", field: "rql", message)
        }
    }
}
