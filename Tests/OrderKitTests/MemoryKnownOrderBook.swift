import Foundation
import OrderKit
import Synchronization

/// A `KnownOrderBook` in memory, one account, keeping what the Store keeps.
final class MemoryKnownOrderBook: KnownOrderBook {
    private let entries: Mutex<[KnownOrder]>

    init(_ entries: [KnownOrder] = []) {
        self.entries = Mutex(entries)
    }

    var ids: [String] { entries.withLock { $0.map(\.id) } }

    func knownOrders(account: String) throws -> [KnownOrder] { entries.withLock { $0 } }

    func track(_ orders: [Order], account: String, at date: Date) throws {
        entries.withLock { entries in
            for order in orders {
                if let index = entries.firstIndex(where: { $0.id == order.id }) {
                    entries[index] = KnownOrder(id: order.id, lastCopy: order, readAt: date)
                } else {
                    entries.append(KnownOrder(id: order.id, lastCopy: order, readAt: date))
                }
            }
        }
    }

    func untrack(_ ids: [String], account: String) throws -> [String] {
        entries.withLock { entries in
            let removed = entries.map(\.id).filter(ids.contains)
            entries.removeAll { ids.contains($0.id) }
            return removed
        }
    }

    func noteRead(_ orders: [Order], account: String, at date: Date) throws {
        entries.withLock { entries in
            for order in orders {
                guard let index = entries.firstIndex(where: { $0.id == order.id }) else { continue }
                entries[index] = KnownOrder(id: order.id, lastCopy: order, readAt: date)
            }
        }
    }
}
