import Foundation
import OrderKit

/// Something of the provider's answer the console could not read: an order of a list, or
/// one field of an order. Kept in the event log (`:log`) beside the API calls, each named
/// once per account, order, field and reason for the whole run, not at every refresh.
public struct ReadingProblem: Sendable, Hashable {
    public var time: Date
    public var account: String
    /// "order 1044" or "entry 7" (an order whose id could not be read).
    public var subject: String
    /// The unreadable field, or nil when the whole order could not be read.
    public var field: String?
    public var reason: String
    /// A side lookup (a name, a price list) that failed, rather than anything of an order.
    public var isLookup: Bool

    public init(time: Date, account: String, subject: String, field: String?, reason: String, isLookup: Bool = false) {
        self.time = time
        self.account = account
        self.subject = subject
        self.field = field
        self.reason = reason
        self.isLookup = isLookup
    }

    /// What makes two problems the same one, whenever they are seen.
    var identity: String {
        [account, subject, field ?? "", reason].joined(separator: "\u{1F}")
    }

    /// The problems a fresh list shows: every failed side lookup, unreadable entry and
    /// degraded field.
    static func found(in list: OrderList, account: String, at time: Date) -> [ReadingProblem] {
        list.lookupFailures.map {
            ReadingProblem(time: time, account: account, subject: "lookup failed, ids shown instead of names", field: nil,
                           reason: $0, isLookup: true)
        } + list.unreadable.map {
            ReadingProblem(time: time, account: account, subject: $0.label, field: nil, reason: $0.reason)
        } + list.orders.flatMap { order in
            order.degraded.sorted { $0.key < $1.key }.map {
                ReadingProblem(time: time, account: account, subject: "order \(order.id)", field: $0.key, reason: $0.value)
            }
        }
    }
}
