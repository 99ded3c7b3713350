import OrderKit

/// What the `/` filter keeps in a pane: a substring by default, `re:` for a regular
/// expression, and a leading `!` to keep what does not match. Matched against the id, the
/// customer, the offers and the raw status, case-insensitively.
public struct PaneFilter: Sendable, Equatable {
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    private var inverted: Bool { text.hasPrefix("!") }
    private var pattern: String { inverted ? String(text.dropFirst()) : text }

    /// Nil when the filter is usable, else why not (an invalid regular expression).
    public var problem: String? {
        guard pattern.hasPrefix("re:") else { return nil }
        do {
            _ = try Regex(String(pattern.dropFirst(3)))
            return nil
        } catch {
            return "not a regular expression: \(pattern.dropFirst(3))"
        }
    }

    /// The text to look for and whether the filter keeps what lacks it; nil for a regular
    /// expression. Lists of many orders search an index with it instead of each field.
    var substring: (pattern: String, inverted: Bool)? {
        pattern.hasPrefix("re:") ? nil : (pattern, inverted)
    }

    public func matches(_ fields: [String]) -> Bool {
        let found: Bool
        if pattern.hasPrefix("re:") {
            guard let regex = try? Regex(String(pattern.dropFirst(3))).ignoresCase() else { return false }
            found = fields.contains { $0.contains(regex) }
        } else {
            found = pattern.isEmpty || fields.contains { $0.localizedCaseInsensitiveContains(pattern) }
        }
        return found != inverted
    }

    public func matches(_ order: Order) -> Bool {
        matches([order.id, order.customerLabel, order.status] + order.items.flatMap { [$0.offerID, $0.name] })
    }

    public func matches(_ item: OrderItem) -> Bool {
        matches([item.id, item.name, item.offerID, item.status])
    }
}
