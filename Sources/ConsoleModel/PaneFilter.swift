import OrderKit

/// What the `/` filter keeps in a pane: a substring by default, `re:` for a regular
/// expression, and a leading `!` to keep what does not match. Matched against the id, the
/// customer, the offers and the status with its meaning (`1002 pending`), case-insensitively.
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

    /// The test for one row's fields, with a regular expression compiled once: filtering a
    /// list asks for one matcher and applies it to every row.
    public func matcher() -> ([String]) -> Bool {
        let inverted = inverted
        guard pattern.hasPrefix("re:") else {
            let pattern = pattern
            return { fields in
                (pattern.isEmpty || fields.contains { $0.localizedCaseInsensitiveContains(pattern) }) != inverted
            }
        }
        guard let regex = try? Regex(String(pattern.dropFirst(3))).ignoresCase() else { return { _ in false } }
        return { fields in fields.contains { $0.contains(regex) } != inverted }
    }

    /// Whether one order passes; a list filters through `matcher()` and `fields(of:)`.
    public func matches(_ order: Order) -> Bool {
        matcher()(Self.fields(of: order))
    }

    /// What the filter looks at in an order.
    static func fields(of order: Order) -> [String] {
        [order.id, order.customerLabel, order.statusLabel] + order.items.flatMap { [$0.offerID, $0.name] }
    }

    /// What the filter looks at in an item.
    static func fields(of item: OrderItem) -> [String] {
        [item.id, item.name, item.offerID, item.statusLabel]
    }
}
