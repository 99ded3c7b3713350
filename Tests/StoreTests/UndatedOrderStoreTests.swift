import Foundation
import GRDB
import OrderKit
import Store
import Testing

/// Orders whose answer gives no creation date are cached as they are (never given "now"),
/// and an order unreadable on a refresh keeps its last good copy.
@Suite struct UndatedOrderStoreTests {
    private func order(_ id: String, hoursAgo: Double?) -> Order {
        Order(id: id, provider: .mpt, account: "acct", customerID: nil, customerName: nil, status: "Completed",
              phase: .completed, createdAt: hoursAgo.map { Date(timeIntervalSince1970: 1_000_000 - $0 * 3600) },
              updatedAt: Date(timeIntervalSince1970: 1_000_000))
    }

    @Test func undatedOrdersAreKeptAndPagedLast() throws {
        let store = try OrderStore()
        let dated = (0..<7).map { order("d\($0)", hoursAgo: Double($0)) }
        let undated = (0..<6).map { order("u\($0)", hoursAgo: nil) }
        try store.replaceOrders(undated + dated, account: "acct", refreshedAt: Date())
        var pages: [[Order]] = [try store.cachedOrders(account: "acct", after: nil, limit: 4)]
        while let last = pages.last?.last, pages.last?.count == 4 {
            pages.append(try store.cachedOrders(account: "acct", after: CacheCursor(after: last), limit: 4))
        }
        let all = pages.flatMap { $0 }
        #expect(all.map(\.id) == ["d0", "d1", "d2", "d3", "d4", "d5", "d6", "u5", "u4", "u3", "u2", "u1", "u0"])
        #expect(all.filter { $0.createdAt == nil }.count == 6)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.isNewer(than: $1) })
    }

    @Test func anOrderUnreadableOnARefreshKeepsItsLastGoodCopy() throws {
        let store = try OrderStore()
        try store.replaceOrders([order("a", hoursAgo: 1), order("b", hoursAgo: 2)], account: "acct", refreshedAt: Date())
        let kept = try store.replaceOrders([order("a", hoursAgo: 1)], account: "acct", refreshedAt: Date(),
                                           unreadable: ["b": "status: expected text, got an object", "zz": "never cached"])
        #expect(kept.map(\.id) == ["b"])
        let cached = try store.cachedOrders(account: "acct")
        #expect(cached.map(\.id) == ["a", "b"])
        #expect(cached[1].notReread == "status: expected text, got an object")
        #expect(cached[0].notReread == nil)
    }

    @Test func aCacheWrittenBeforeUndatedOrdersMigratesWithItsOrders() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ordercon-v3-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let old = try DatabaseQueue(path: path)
        let legacy = #"{"id":"9","provider":"whitelabel","account":"acct","customerID":"1","customerName":"Acme","status":"Executed","phase":"completed","createdAt":-977307200,"updatedAt":-977307200,"items":[]}"#
        try old.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            for name in ["v1", "v2-local-carts", "v3-cache-pages"] {
                try db.execute(sql: "INSERT INTO grdb_migrations VALUES (?)", arguments: [name])
            }
            try db.execute(sql: "CREATE TABLE cachedOrder (account TEXT NOT NULL, id TEXT NOT NULL, createdAt DOUBLE NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (account, id))")
            try db.execute(sql: "CREATE INDEX cachedOrderByAge ON cachedOrder(account, createdAt, id)")
            try db.execute(sql: "CREATE TABLE refresh (account TEXT PRIMARY KEY, refreshedAt DOUBLE NOT NULL)")
            try db.execute(sql: "CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, provider TEXT NOT NULL, account TEXT NOT NULL, intent TEXT NOT NULL, payloadDigest TEXT NOT NULL, idempotencyKey TEXT NOT NULL, createdAt DOUBLE NOT NULL, outcome TEXT, orderID TEXT, message TEXT, completedAt DOUBLE)")
            try db.execute(sql: "CREATE TABLE localCart (id TEXT PRIMARY KEY, account TEXT NOT NULL, createdAt DOUBLE NOT NULL, payload BLOB NOT NULL)")
            try db.execute(sql: "INSERT INTO cachedOrder VALUES ('acct', '9', 1000, ?)", arguments: [Data(legacy.utf8)])
        }
        try old.close()
        let store = try OrderStore(path: path)
        let cached = try store.cachedOrders(account: "acct")
        #expect(cached.map(\.id) == ["9"])
        #expect(cached.first?.degraded == [:])
        try store.save(order("new", hoursAgo: nil))
        #expect(try store.cachedOrders(account: "acct").map(\.id) == ["9", "new"])
    }
}
