import Foundation
import GRDB
import OrderKit

/// The local SQLite database: cached orders per account (so the console paints at once
/// and works offline), the journal of order-creating requests, and the known orders of
/// accounts whose provider publishes no list (`OrderStore+KnownOrders`).
///
/// Only orders and journal entries are written: never credentials.
public final class OrderStore: Sendable {
    let database: DatabaseQueue

    /// Opens (creating if needed) the database file at `path`.
    public init(path: String) throws {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        // Two ordercon processes may share the file (a console and a script): one waits
        // for the other's write instead of failing with "database is locked".
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
    }

    /// A private in-memory database, for the embedded sandbox and tests.
    public init() throws {
        database = try DatabaseQueue()
        try Self.migrator.migrate(database)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .deferredToDate
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .deferredToDate
        return decoder
    }()

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "cachedOrder") { table in
                table.column("account", .text).notNull()
                table.column("id", .text).notNull()
                table.column("createdAt", .double).notNull()
                table.column("payload", .blob).notNull()
                table.primaryKey(["account", "id"])
            }
            try db.create(table: "refresh") { table in
                table.primaryKey("account", .text)
                table.column("refreshedAt", .double).notNull()
            }
            try db.create(table: "journal") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("provider", .text).notNull()
                table.column("account", .text).notNull().indexed()
                table.column("intent", .text).notNull()
                table.column("payloadDigest", .text).notNull()
                table.column("idempotencyKey", .text).notNull()
                table.column("createdAt", .double).notNull()
                table.column("outcome", .text)
                table.column("orderID", .text)
                table.column("message", .text)
                table.column("completedAt", .double)
            }
        }
        migrator.registerMigration("v2-local-carts") { db in
            try db.create(table: "localCart") { table in
                table.primaryKey("id", .text)
                table.column("account", .text).notNull().indexed()
                table.column("createdAt", .double).notNull()
                table.column("payload", .blob).notNull()
            }
        }
        migrator.registerMigration("v3-cache-pages") { db in
            try db.create(index: "cachedOrderByAge", on: "cachedOrder", columns: ["account", "createdAt", "id"])
        }
        // An order whose answer gives no creation date is cached without one (it used to be
        // given "now", which was a lie): the column may be NULL, which SQLite sorts last when
        // descending, as `Order.isNewer` does.
        migrator.registerMigration("v4-undated-orders") { db in
            try db.create(table: "cachedOrderV4") { table in
                table.column("account", .text).notNull()
                table.column("id", .text).notNull()
                table.column("createdAt", .double)
                table.column("payload", .blob).notNull()
                table.primaryKey(["account", "id"])
            }
            try db.execute(sql: "INSERT INTO cachedOrderV4 SELECT account, id, createdAt, payload FROM cachedOrder")
            try db.drop(table: "cachedOrder")
            try db.rename(table: "cachedOrderV4", to: "cachedOrder")
            try db.create(index: "cachedOrderByAge", on: "cachedOrder", columns: ["account", "createdAt", "id"])
        }
        // The orders an account without a published list follows by id: tracked ones and
        // every order placed through ordercon, including those placed before this table.
        migrator.registerMigration("v5-known-orders") { db in
            try db.create(table: "knownOrder") { table in
                table.column("account", .text).notNull()
                table.column("id", .text).notNull()
                table.column("knownSince", .double).notNull()
                table.column("readAt", .double)
                table.primaryKey(["account", "id"])
            }
            try db.execute(sql: """
                INSERT OR IGNORE INTO knownOrder (account, id, knownSince)
                SELECT account, orderID, createdAt FROM journal WHERE outcome = 'placed' AND orderID IS NOT NULL
                """)
        }
        return migrator
    }

    // MARK: Cache

    /// The cached orders of an account, newest first.
    public func cachedOrders(account: String) throws -> [Order] {
        try cachedOrders(account: account, after: nil, limit: -1)
    }

    /// One page of an account's cached orders, newest first: the first `limit` (all for a
    /// negative one), or the `limit` after `cursor`. The console paints the first page at once and reads the rest
    /// behind it, so a cache of 100 000 orders does not hold up the first frame.
    public func cachedOrders(account: String, after cursor: CacheCursor?, limit: Int) throws -> [Order] {
        try database.read { db in
            // A cursor decodes one row at a time: the page's raw payloads are never all in memory at once.
            let rows = if let cursor, let createdAt = cursor.createdAt?.timeIntervalSince1970 {
                try Row.fetchCursor(db, sql: """
                    SELECT payload FROM cachedOrder
                    WHERE account = ? AND (createdAt < ? OR createdAt IS NULL OR (createdAt = ? AND id < ?))
                    ORDER BY createdAt DESC, id DESC LIMIT ?
                    """, arguments: [account, createdAt, createdAt, cursor.id, limit])
            } else if let cursor {
                try Row.fetchCursor(db, sql: """
                    SELECT payload FROM cachedOrder
                    WHERE account = ? AND createdAt IS NULL AND id < ?
                    ORDER BY id DESC LIMIT ?
                    """, arguments: [account, cursor.id, limit])
            } else {
                try Row.fetchCursor(db, sql: "SELECT payload FROM cachedOrder WHERE account = ? ORDER BY createdAt DESC, id DESC LIMIT ?",
                                    arguments: [account, limit])
            }
            var orders: [Order] = []
            var shared = SharedText()
            while let row = try rows.next() {
                var order = try Self.decoder.decode(Order.self, from: row["payload"] as Data)
                shared.share(&order)
                orders.append(order)
            }
            return orders
        }
    }

    /// Replaces an account's whole cache with a fresh list (orders gone from the provider,
    /// like expired drafts, disappear here too) and notes the refresh time. The orders in
    /// `unreadable` (id → why) were in the list but could not be read this time: their last
    /// good copies stay, marked as not re-read, instead of vanishing.
    /// Returns the copies it kept.
    @discardableResult
    public func replaceOrders(_ orders: [Order], account: String, refreshedAt: Date,
                              unreadable: [String: String] = [:]) throws -> [Order] {
        try database.write { db in
            var kept: [Order] = []
            for (id, reason) in unreadable {
                let payload = try Data.fetchOne(db, sql: "SELECT payload FROM cachedOrder WHERE account = ? AND id = ?",
                                                arguments: [account, id])
                if var order = try payload.map({ try Self.decoder.decode(Order.self, from: $0) }) {
                    order.notReread = reason
                    kept.append(order)
                }
            }
            try db.execute(sql: "DELETE FROM cachedOrder WHERE account = ?", arguments: [account])
            for order in orders + kept { try Self.insert(order, db: db) }
            try db.execute(sql: "INSERT OR REPLACE INTO refresh (account, refreshedAt) VALUES (?, ?)",
                           arguments: [account, refreshedAt.timeIntervalSince1970])
            return kept
        }
    }

    /// Stores one order, replacing its previous version.
    public func save(_ order: Order) throws {
        try database.write { db in try Self.insert(order, db: db) }
    }

    public func lastRefresh(account: String) throws -> Date? {
        try database.read { db in
            try Double.fetchOne(db, sql: "SELECT refreshedAt FROM refresh WHERE account = ?", arguments: [account])
                .map(Date.init(timeIntervalSince1970:))
        }
    }

    static func insert(_ order: Order, db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO cachedOrder (account, id, createdAt, payload) VALUES (?, ?, ?, ?)",
                       arguments: [order.account, order.id, order.createdAt?.timeIntervalSince1970,
                                   try encoder.encode(order)])
    }

    // MARK: Local carts

    /// The carts composed for an account and not yet placed, newest first.
    public func localCarts(account: String) throws -> [LocalCart] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT payload FROM localCart WHERE account = ? ORDER BY createdAt DESC, id DESC",
                             arguments: [account])
                .map { try Self.decoder.decode(LocalCart.self, from: $0["payload"] as Data) }
        }
    }

    /// Stores a cart, replacing its previous version: every change is durable at once, so
    /// quitting never loses a cart.
    public func save(_ cart: LocalCart) throws {
        try database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO localCart (id, account, createdAt, payload) VALUES (?, ?, ?, ?)",
                           arguments: [cart.id, cart.account, cart.createdAt.timeIntervalSince1970,
                                       try Self.encoder.encode(cart)])
        }
    }

    public func deleteCart(id: String) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM localCart WHERE id = ?", arguments: [id])
        }
    }

    // MARK: Journal

    /// Durably records an intent before its request is sent; returns the entry with its id.
    public func recordIntent(_ entry: JournalEntry) throws -> JournalEntry {
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO journal (provider, account, intent, payloadDigest, idempotencyKey, createdAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [entry.provider.rawValue, entry.account, entry.intent, entry.payloadDigest,
                                 entry.idempotencyKey, entry.createdAt.timeIntervalSince1970])
            var recorded = entry
            recorded.id = db.lastInsertedRowID
            return recorded
        }
    }

    /// Records what became of an intent; an order it placed becomes known (`knownOrders`).
    public func recordOutcome(id: Int64, outcome: JournalEntry.Outcome, orderID: String?, message: String?,
                              at date: Date) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE journal SET outcome = ?, orderID = ?, message = ?, completedAt = ? WHERE id = ?",
                           arguments: [outcome.rawValue, orderID, message, date.timeIntervalSince1970, id])
            guard outcome == .placed, let orderID else { return }
            try db.execute(sql: """
                INSERT OR IGNORE INTO knownOrder (account, id, knownSince) SELECT account, ?, ? FROM journal WHERE id = ?
                """, arguments: [orderID, date.timeIntervalSince1970, id])
        }
    }

    /// Intents that have no outcome yet: the request may or may not have reached the provider.
    public func openIntents(account: String) throws -> [JournalEntry] {
        try journal(account: account).filter { $0.outcome == nil }
    }

    public func journal(account: String) throws -> [JournalEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM journal WHERE account = ? ORDER BY id", arguments: [account])
                .map(Self.entry)
        }
    }

    private static func entry(_ row: Row) -> JournalEntry {
        JournalEntry(id: row["id"], provider: ProviderKind(rawValue: row["provider"]) ?? .whitelabel,
                     account: row["account"], intent: row["intent"], payloadDigest: row["payloadDigest"],
                     idempotencyKey: row["idempotencyKey"],
                     createdAt: Date(timeIntervalSince1970: row["createdAt"]),
                     outcome: (row["outcome"] as String?).flatMap(JournalEntry.Outcome.init(rawValue:)),
                     orderID: row["orderID"], message: row["message"],
                     completedAt: (row["completedAt"] as Double?).map(Date.init(timeIntervalSince1970:)))
    }
}
