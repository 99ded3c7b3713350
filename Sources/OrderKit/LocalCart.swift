import Foundation

/// A cart kept by ordercon itself (in the Store) for providers that take a whole order in
/// one request and have no server-side drafts: Adobe, Adility, and Appxite before its cart
/// order exists.
public struct LocalCart: Sendable, Codable, Hashable, Identifiable {
    /// Client-generated, unique and stable: it is the placement's idempotency handle
    /// (Adility `order_number`, Adobe correlation id, Appxite order item ids derive from it).
    public var id: String
    public var account: String
    public var customerID: String
    public var customerName: String
    public var lines: [CartLine]
    public var createdAt: Date

    public init(id: String, account: String, customerID: String, customerName: String, lines: [CartLine] = [],
                createdAt: Date) {
        self.id = id
        self.account = account
        self.customerID = customerID
        self.customerName = customerName
        self.lines = lines
        self.createdAt = createdAt
    }

    public var total: Money? { Money.total(lines.compactMap(\.lineTotal)) }

    /// A fresh client-side id: 32 hex digits (no dashes, so it fits fields of 35
    /// characters such as Adobe's `externalReferenceId`), unique enough to be an idempotency handle.
    public static func newID() -> String {
        UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }
}
