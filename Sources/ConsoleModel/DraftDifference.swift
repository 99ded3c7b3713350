import OrderKit

/// What the provider holds that differs from what the screen showed, per offer: the lines
/// a placement confirmation puts above its buttons, so nobody confirms one thing and buys
/// another.
public struct DraftDifference: Sendable, Equatable {
    /// One offer whose quantity differs: 0 on a side means absent there.
    public struct Change: Sendable, Equatable {
        public var name: String
        public var shown: Int
        public var held: Int
    }

    public var changes: [Change]

    public var isEmpty: Bool { changes.isEmpty }

    /// Compares lines by offer, adding up the quantities of lines of the same offer; order
    /// does not matter.
    public typealias Line = (offerID: String, name: String, quantity: Int)

    public init(shown: [OrderItem], held: [OrderItem]) {
        self.init(shown: shown.map { ($0.offerID, $0.name, $0.quantity) }, held: held.map { ($0.offerID, $0.name, $0.quantity) })
    }

    public init(shown: [Line], held: [Line]) {
        func quantities(_ items: [Line]) -> [String: Int] {
            items.reduce(into: [:]) { $0[$1.offerID, default: 0] += $1.quantity }
        }
        let before = quantities(shown)
        let after = quantities(held)
        let names = Dictionary((shown + held).map { ($0.offerID, $0.name) }, uniquingKeysWith: { first, _ in first })
        let offers = (shown + held).map(\.offerID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        changes = offers.compactMap { offer in
            let shown = before[offer] ?? 0
            let held = after[offer] ?? 0
            return shown == held ? nil : Change(name: names[offer] ?? offer, shown: shown, held: held)
        }
    }

    /// The lines shown: a heading, then one line per offer.
    public func lines(provider: String, what: String) -> [String] {
        guard !isEmpty else { return [] }
        return ["\(provider) holds something else than \(what) showed:"] + changes.map { change in
            switch (change.shown, change.held) {
            case (0, let held): "  + \(change.name) ×\(held), not shown before"
            case (let shown, 0): "  − \(change.name) ×\(shown) is not on the order"
            case (let shown, let held): "  ~ \(change.name): ×\(shown) shown, ×\(held) held"
            }
        } + [""]
    }
}
