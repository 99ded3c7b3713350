import Foundation
import GRDB
import OrderKit

/// The known orders of accounts whose provider publishes no list: the ids followed (placed
/// through ordercon, or added with `ordercon track`), with the cached copy of each.
extension OrderStore: KnownOrderBook {
    public func knownOrders(account: String) throws -> [KnownOrder] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT knownOrder.id, knownOrder.readAt, cachedOrder.payload FROM knownOrder
                LEFT JOIN cachedOrder ON cachedOrder.account = knownOrder.account AND cachedOrder.id = knownOrder.id
                WHERE knownOrder.account = ? ORDER BY knownOrder.knownSince, knownOrder.id
                """, arguments: [account]).map { row in
                KnownOrder(id: row["id"],
                           lastCopy: try (row["payload"] as Data?).map { try Self.decoder.decode(Order.self, from: $0) },
                           readAt: (row["readAt"] as Double?).map(Date.init(timeIntervalSince1970:)))
            }
        }
    }

    public func track(_ orders: [Order], account: String, at date: Date) throws {
        try database.write { db in
            for order in orders {
                try db.execute(sql: """
                    INSERT INTO knownOrder (account, id, knownSince, readAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT (account, id) DO UPDATE SET readAt = excluded.readAt
                    """, arguments: [account, order.id, date.timeIntervalSince1970, date.timeIntervalSince1970])
                try Self.insert(order, db: db)
            }
        }
    }

    public func untrack(_ ids: [String], account: String) throws -> [String] {
        try database.write { db in
            var removed: [String] = []
            for id in ids {
                try db.execute(sql: "DELETE FROM knownOrder WHERE account = ? AND id = ?", arguments: [account, id])
                if db.changesCount > 0 {
                    removed.append(id)
                    try db.execute(sql: "DELETE FROM cachedOrder WHERE account = ? AND id = ?", arguments: [account, id])
                }
            }
            return removed
        }
    }

    public func noteRead(_ orders: [Order], account: String, at date: Date) throws {
        try database.write { db in
            for order in orders {
                try db.execute(sql: "UPDATE knownOrder SET readAt = ? WHERE account = ? AND id = ?",
                               arguments: [date.timeIntervalSince1970, account, order.id])
                if db.changesCount > 0 { try Self.insert(order, db: db) }
            }
        }
    }
}
