import Foundation

/// A provider's order in provider-neutral form, as cached and shown by the console.
public struct Order: Sendable, Codable, Hashable, Identifiable {
    /// The provider's own order id, never rewritten.
    public var id: String
    public var provider: ProviderKind
    /// The configured account (a login at the provider) the order was read through.
    public var account: String
    /// The end customer the order is for, as the provider names it.
    public var customerID: String
    public var customerName: String
    /// The provider's status, verbatim.
    public var status: String
    public var phase: Phase
    public var createdAt: Date
    public var updatedAt: Date
    /// When an unplaced draft will be deleted by the provider, if it ever is.
    public var expiresAt: Date?
    public var total: Money?
    public var items: [OrderItem]
    /// The provider's payload as received, for the detail view.
    public var rawPayload: String?

    public init(id: String, provider: ProviderKind, account: String, customerID: String,
                customerName: String, status: String, phase: Phase, createdAt: Date,
                updatedAt: Date, expiresAt: Date? = nil, total: Money? = nil,
                items: [OrderItem] = [], rawPayload: String? = nil) {
        self.id = id
        self.provider = provider
        self.account = account
        self.customerID = customerID
        self.customerName = customerName
        self.status = status
        self.phase = phase
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.expiresAt = expiresAt
        self.total = total
        self.items = items
        self.rawPayload = rawPayload
    }

    /// The order's total, or the sum of its lines when the provider sent none.
    public var displayTotal: Money? {
        total ?? Money.total(items.compactMap(\.lineTotal))
    }
}
