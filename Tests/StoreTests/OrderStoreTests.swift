import Foundation
import OrderKit
import Store
import Testing

@Suite struct OrderStoreTests {
    static func order(_ id: String, account: String = "acct", hoursAgo: Double, status: String = "Executed") -> Order {
        Order(id: id, provider: .whitelabel, account: account, customerID: "1", customerName: "Acme", status: status,
              phase: .completed, createdAt: Date(timeIntervalSince1970: 1_000_000 - hoursAgo * 3600),
              updatedAt: Date(timeIntervalSince1970: 1_000_000), total: Money(amount: Decimal(string: "12.34")!, currency: "EUR"),
              items: [OrderItem(id: "i", offerID: "o", name: "n", quantity: 2, unitPrice: nil, status: status, phase: .completed)])
    }

    @Test func pagesOfTheCacheJoinUpToTheWholeCacheEvenWhenTimesRepeat() throws {
        let store = try OrderStore()
        let orders = (0..<57).map { Self.order(String(format: "%03d", $0), hoursAgo: Double($0 / 4) + 0.1) }
        try store.replaceOrders(orders, account: "acct", refreshedAt: Date())
        try store.replaceOrders([Self.order("x", account: "other", hoursAgo: 0)], account: "other", refreshedAt: Date())
        var pages: [[Order]] = [try store.cachedOrders(account: "acct", after: nil, limit: 10)]
        while let last = pages.last?.last, pages.last?.count == 10 {
            pages.append(try store.cachedOrders(account: "acct", after: CacheCursor(after: last), limit: 10))
        }
        #expect(pages.map(\.count) == [10, 10, 10, 10, 10, 7])
        #expect(pages.flatMap { $0 } == (try store.cachedOrders(account: "acct")))
    }

    @Test func cacheIsPerAccountNewestFirstAndReplacedWhole() throws {
        let store = try OrderStore()
        try store.replaceOrders([Self.order("1", hoursAgo: 5), Self.order("2", hoursAgo: 1)], account: "acct",
                                refreshedAt: Date(timeIntervalSince1970: 42))
        try store.replaceOrders([Self.order("9", account: "other", hoursAgo: 1)], account: "other", refreshedAt: Date())
        #expect(try store.cachedOrders(account: "acct").map(\.id) == ["2", "1"])
        #expect(try store.cachedOrders(account: "acct").first == Self.order("2", hoursAgo: 1))
        #expect(try store.lastRefresh(account: "acct") == Date(timeIntervalSince1970: 42))

        try store.replaceOrders([Self.order("2", hoursAgo: 1, status: "Failed")], account: "acct", refreshedAt: Date())
        #expect(try store.cachedOrders(account: "acct").map(\.status) == ["Failed"])
        #expect(try store.cachedOrders(account: "other").map(\.id) == ["9"])
        #expect(try store.lastRefresh(account: "nobody") == nil)
    }

    @Test func savingOneOrderReplacesItsPreviousVersion() throws {
        let store = try OrderStore()
        try store.save(Self.order("1", hoursAgo: 1, status: "Submitted"))
        try store.save(Self.order("1", hoursAgo: 1, status: "Executed"))
        #expect(try store.cachedOrders(account: "acct").map(\.status) == ["Executed"])
    }

    @Test func journalKeepsIntentsUntilTheirOutcomeIsRecorded() throws {
        let store = try OrderStore()
        let first = try store.recordIntent(JournalEntry(provider: .whitelabel, account: "acct", intent: "place",
                                                        payloadDigest: JournalEntry.digest(of: "1042:A×1"),
                                                        idempotencyKey: "1042", createdAt: Date()))
        let second = try store.recordIntent(JournalEntry(provider: .whitelabel, account: "acct", intent: "place",
                                                         payloadDigest: "d", idempotencyKey: "1043", createdAt: Date()))
        #expect(first.id != second.id)
        #expect(try store.openIntents(account: "acct").map(\.idempotencyKey) == ["1042", "1043"])
        try store.recordOutcome(id: first.id, outcome: .placed, orderID: "1042", message: nil, at: Date())
        #expect(try store.openIntents(account: "acct").map(\.idempotencyKey) == ["1043"])
        let settled = try #require(try store.journal(account: "acct").first)
        #expect(settled.outcome == .placed)
        #expect(settled.orderID == "1042")
        #expect(settled.completedAt != nil)
        #expect(try store.openIntents(account: "other").isEmpty)
    }

    @Test func digestIsStableAndTellsContentApart() {
        #expect(JournalEntry.digest(of: "1042:A×1") == JournalEntry.digest(of: "1042:A×1"))
        #expect(JournalEntry.digest(of: "1042:A×1") != JournalEntry.digest(of: "1042:A×2"))
    }

    @Test func aFileDatabaseSurvivesReopening() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ordercon-\(UUID().uuidString)/db.sqlite").path
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        do {
            let store = try OrderStore(path: path)
            try store.replaceOrders([Self.order("7", hoursAgo: 1)], account: "acct", refreshedAt: Date())
            _ = try store.recordIntent(JournalEntry(provider: .whitelabel, account: "acct", intent: "place",
                                                    payloadDigest: "d", idempotencyKey: "7", createdAt: Date()))
        }
        let reopened = try OrderStore(path: path)
        #expect(try reopened.cachedOrders(account: "acct").map(\.id) == ["7"])
        #expect(try reopened.openIntents(account: "acct").map(\.idempotencyKey) == ["7"])
    }
}

@Suite struct LocalCartStoreTests {
    private func cart(_ id: String, account: String = "adobe-demo", minutesAgo: Double, lines: Int) -> LocalCart {
        LocalCart(id: id, account: account, customerID: "1005", customerName: "Acme",
                  lines: (0..<lines).map { CartLine(id: "\(id)-\($0)", offerID: "OFFER\($0)", name: "Offer \($0)", quantity: $0 + 1,
                                                    unitPrice: Money(amount: 10, currency: "USD"), parameters: ["deploymentId": "12345"]) },
                  createdAt: Date(timeIntervalSince1970: 1_000_000 - minutesAgo * 60))
    }

    /// The zero-config console's file keeps only the carts from one run to the next: the
    /// embedded sandbox's orders, journal and known orders are new every run.
    @Test func theSandboxFileKeepsOnlyTheCartsFromOneRunToTheNext() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ordercon-\(UUID().uuidString)/ordercon-sandbox.sqlite").path
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        do {
            let store = try OrderStore.sandboxCarts(path: path)
            try store.save(cart("a", minutesAgo: 10, lines: 2))
            try store.replaceOrders([OrderStoreTests.order("7", account: "adobe-demo", hoursAgo: 1)], account: "adobe-demo", refreshedAt: Date())
            _ = try store.recordIntent(JournalEntry(provider: .adobe, account: "adobe-demo", intent: "place",
                                                    payloadDigest: "d", idempotencyKey: "a", createdAt: Date()))
            try store.track([OrderStoreTests.order("8", account: "adility-demo", hoursAgo: 1)], account: "adility-demo", at: Date())
            #expect(try store.cachedOrders(account: "adobe-demo").map(\.id) == ["7"], "within a run the cache works")
        }
        let next = try OrderStore.sandboxCarts(path: path)
        #expect(try next.localCarts(account: "adobe-demo") == [cart("a", minutesAgo: 10, lines: 2)])
        #expect(try next.cachedOrders(account: "adobe-demo").isEmpty)
        #expect(try next.lastRefresh(account: "adobe-demo") == nil)
        #expect(try next.journal(account: "adobe-demo").isEmpty)
        #expect(try next.knownOrders(account: "adility-demo").isEmpty)
    }

    @Test func cartsAreKeptPerAccountNewestFirstAndSurviveReopening() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ordercon-\(UUID().uuidString)/db.sqlite").path
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        do {
            let store = try OrderStore(path: path)
            try store.save(cart("a", minutesAgo: 10, lines: 1))
            try store.save(cart("b", minutesAgo: 1, lines: 2))
            try store.save(cart("c", account: "other", minutesAgo: 1, lines: 0))
        }
        let store = try OrderStore(path: path)
        #expect(try store.localCarts(account: "adobe-demo").map(\.id) == ["b", "a"])
        #expect(try store.localCarts(account: "adobe-demo").first == cart("b", minutesAgo: 1, lines: 2))
        try store.save(cart("a", minutesAgo: 10, lines: 3))
        #expect(try store.localCarts(account: "adobe-demo").last?.lines.count == 3)
        try store.deleteCart(id: "b")
        #expect(try store.localCarts(account: "adobe-demo").map(\.id) == ["a"])
        #expect(try store.localCarts(account: "other").map(\.id) == ["c"])
    }
}
