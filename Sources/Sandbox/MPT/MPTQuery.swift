/// The query of a list (`GET /commerce/orders`, agreements, subscriptions): RQL appended raw
/// to the query string (`and(eq(status,'Draft'),in(type,(Purchase,Change)))`) plus `limit`,
/// `offset`, `select` and `order`.
///
/// The sandbox understands `eq`, `in` and `and` on the fields the console filters by;
/// anything else is refused with 400 rather than silently ignored, so that a client can
/// never believe a filter applied when it did not. `select` adds what the API omits by
/// default; like the API, sorting on `audit.*` is refused unless `audit` is selected.
struct MPTQuery {
    /// One condition: the field's value must be one of `values` (`eq` has one).
    struct Condition: Equatable {
        var field: String
        var values: [String]
    }

    struct SortKey: Equatable {
        var field: String
        var descending: Bool
    }

    static let orderFilterable = ["status", "type", "id", "externalIds.client"]
    static let orderSortable = ["id", "status", "type", "audit.created.at", "audit.updated.at"]
    static let defaultLimit = 10
    static let maximumLimit = 100

    let filterable: [String]
    let sortable: [String]
    var conditions: [Condition] = []
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
                conditions += try parser.expression()
                try parser.expectEnd()
            }
        }
        if let audit = order.first(where: { $0.field.hasPrefix("audit.") }), !select.includes("audit") {
            throw MPTProblem.badRequest("The list query is invalid.", field: "order",
                                        "Ordering by '\(audit.field)' needs select=+audit: the audit is omitted by default.")
        }
    }

    /// Whether `value` passes every condition on the fields `field` reads.
    func matches(_ field: (String) -> String) -> Bool {
        conditions.allSatisfy { $0.values.contains(field($0.field)) }
    }

    private mutating func apply(name: String, value: String) throws {
        switch name {
        case "limit":
            guard let number = Int(value), (0...Self.maximumLimit).contains(number) else {
                throw MPTProblem.badRequest("The list query is invalid.", field: "limit",
                                            "limit must be a whole number from 0 to \(Self.maximumLimit).")
            }
            limit = number
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

        mutating func expression() throws -> [Condition] {
            let name = word()
            try expect("(")
            switch name {
            case "and":
                var conditions = try expression()
                while peek() == "," {
                    position += 1
                    conditions += try expression()
                }
                try expect(")")
                return conditions
            case "eq":
                let field = try fieldName()
                try expect(",")
                let value = try self.value()
                try expect(")")
                return [Condition(field: field, values: [value])]
            case "in":
                let field = try fieldName()
                try expect(",")
                try expect("(")
                var values = [try value()]
                while peek() == "," {
                    position += 1
                    values.append(try value())
                }
                try expect(")")
                try expect(")")
                return [Condition(field: field, values: values)]
            default:
                throw Self.refusal("The RQL operator '\(name)' is not supported here; use eq, in or and.")
            }
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
            return MPTQuery.decode(Substring(String(text[start..<position])))
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
