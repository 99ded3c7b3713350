/// Something a provider can do to one order beyond the common lifecycle: approve an
/// Appxite order, return Adobe lines, change or terminate MPT subscriptions, edit notes.
///
/// The console lists the operations `OrderProvider.operations(for:)` offers for the selected
/// order, opens the operation's form when it has one, shows the provider's preview or the
/// warning, and only then performs it. Read-only accounts are offered none.
public struct OrderOperation: Sendable, Codable, Hashable, Identifiable {
    /// The provider's own name for it, stable across runs ("approve", "return", "change").
    public var id: String
    /// What the menu says: "Return lines".
    public var title: String
    /// One line on what it does to the order, shown in the menu.
    public var summary: String
    /// Ask `operationForm` for fields before anything else.
    public var hasForm: Bool
    /// Ask `previewOperation` for what would happen, and show it in the confirmation.
    public var previews: Bool
    /// Ask "are you sure" before performing; the lines say exactly what will happen.
    public var confirms: Bool
    public var warning: [String]
    /// It creates a new order at the provider (an Adobe return, an MPT change or termination
    /// order): the journal records it like a placement, so that an answer lost to a crash or
    /// a dropped connection is looked up, never sent twice.
    public var createsOrder: Bool
    /// The kind of order it creates as a draft that must then be placed (an MPT Change or
    /// Termination order): the console names it and asks about placing it straight after.
    public var creates: OrderKind?
    /// Why this order cannot take the operation now, when the provider's rule says so (an
    /// Adobe return after its 14 days): the menu shows it dimmed with the reason instead
    /// of leaving the user to wonder where it went.
    public var unavailableReason: String?

    public init(id: String, title: String, summary: String, hasForm: Bool = false, previews: Bool = false,
                confirms: Bool = true, warning: [String] = [], createsOrder: Bool = false,
                creates: OrderKind? = nil, unavailableReason: String? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.hasForm = hasForm
        self.previews = previews
        self.confirms = confirms
        self.warning = warning
        self.createsOrder = createsOrder
        self.creates = creates
        self.unavailableReason = unavailableReason
    }

    /// The same operation, marked as not possible on this order for `reason`.
    public func unavailable(_ reason: String) -> OrderOperation {
        var operation = self
        operation.unavailableReason = reason
        return operation
    }
}
