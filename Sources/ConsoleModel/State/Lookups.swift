import OrderKit

/// What the provider answered besides the order list, kept for the dialogs and views that
/// asked: the catalog and customers for pickers, each order's facts and possible operations,
/// and the statuses seen per order. None of it is listed in a pane, so none of it relists one.
public struct Lookups: Sendable, Equatable {
    public var offers: [Offer]?
    public var customers: [Customer]?
    /// What the provider can do to each order, as last asked (`o`).
    public var operations: [String: [OrderOperation]] = [:]
    /// The provider's own facts per order, for the detail view.
    public var details: [String: [DetailSection]] = [:]
    /// Statuses seen per order, oldest first.
    public var history = StatusHistory()

    public init() {}
}
