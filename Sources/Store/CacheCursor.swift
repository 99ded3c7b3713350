import Foundation
import OrderKit

/// Where the next page of an account's cache starts: just after this order, in the cache's
/// order (newest first, by creation time, then id; orders without a date last).
public struct CacheCursor: Sendable, Hashable {
    public var createdAt: Date?
    public var id: String

    public init(after order: Order) {
        createdAt = order.createdAt
        id = order.id
    }
}
