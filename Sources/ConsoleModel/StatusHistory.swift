import Foundation
import OrderKit

/// The statuses this console saw each order in, and when: the detail view's history.
///
/// Most orders never change while a console runs, so an order listed first in the first
/// list (the cache, or the first refresh) has no entry until its status changes: its history
/// is its status since `listedAt`. Keeping an entry for each of 100 000 cached orders took
/// about 14 MB, a tenth of the console's memory.
public struct StatusHistory: Sendable, Equatable {
    /// When the first list was shown; nil before it.
    private var listedAt: Date?
    /// Orders whose status changed, or that were first listed after the first list.
    private var changes: [String: [StatusChange]] = [:]

    public init() {}

    /// What the console saw `order` in, oldest first.
    public func seen(_ order: Order) -> [StatusChange] {
        if let changes = changes[order.id] { return changes }
        return listedAt.map { [StatusChange(order, seenAt: $0)] } ?? []
    }

    /// Notes order `id` as `seen`. `before` is the order as the console listed it until now
    /// (nil when it did not list it): an order with no entry has been in that status since
    /// the first list.
    mutating func note(_ id: String, _ seen: StatusChange, before: Order?) {
        if var known = changes[id] {
            guard known.last?.status != seen.status else { return }
            known.append(seen)
            changes[id] = known
        } else if let before {
            guard before.status != seen.status else { return }
            changes[id] = [StatusChange(before, seenAt: listedAt ?? seen.seenAt), seen]
        } else if let listedAt {
            if listedAt != seen.seenAt { changes[id] = [seen] }
        } else {
            listedAt = seen.seenAt
        }
    }

    mutating func note(_ order: Order, at time: Date, before: Order?) {
        note(order.id, StatusChange(order, seenAt: time), before: before)
    }
}
