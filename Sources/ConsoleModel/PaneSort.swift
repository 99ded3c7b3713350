import OrderKit

/// How a list pane is ordered: by date, status or id, either way round.
public struct PaneSort: Sendable, Equatable {
    public enum Field: String, CaseIterable, Sendable {
        case date, status, id
    }

    public var field: Field = .date
    public var descending = true

    public init(field: Field = .date, descending: Bool = true) {
        self.field = field
        self.descending = descending
    }

    public var label: String { "\(field.rawValue) \(descending ? "↓" : "↑")" }

    public func sorted(_ orders: [Order]) -> [Order] {
        let ascending = orders.sorted(by: isAscending)
        return descending ? ascending.reversed() : ascending
    }

    /// Whether `left` comes before `right` when this field is sorted ascending.
    public func isAscending(_ left: Order, _ right: Order) -> Bool {
        switch field {
        case .date: right.isNewer(than: left)
        case .status: (left.status, left.id) < (right.status, right.id)
        case .id: left.id.localizedStandardCompare(right.id) == .orderedAscending
        }
    }
}
