import Foundation
import OrderKit
import Store
import Testing

/// The Store's known orders: tracked ids and every order placed through ordercon, with the
/// cached copy and when it was read.
@Suite struct KnownOrderStoreTests {
    private func order(_ id: String, account: String = "adility-demo", phase: Phase = .completed) -> Order {
        Order(id: id, provider: .adility, account: account, customerID: nil, customerName: "Ann", status: "active",
              phase: phase, createdAt: Date(timeIntervalSince1970: 1_000), updatedAt: Date(timeIntervalSince1970: 1_000),
              total: nil, items: [])
    }

    @Test func anOrderPlacedThroughTheJournalIsKnownWithoutACopyUntilRead() throws {
        let store = try OrderStore()
        let intent = try store.recordIntent(JournalEntry(provider: .adility, account: "adility-demo", intent: "place",
                                                         payloadDigest: "d", idempotencyKey: "cart-1",
                                                         createdAt: Date(timeIntervalSince1970: 5)))
        let refused = try store.recordIntent(JournalEntry(provider: .adility, account: "adility-demo", intent: "place",
                                                          payloadDigest: "d", idempotencyKey: "cart-2",
                                                          createdAt: Date(timeIntervalSince1970: 6)))
        try store.recordOutcome(id: intent.id, outcome: .placed, orderID: "A-9", message: nil, at: Date(timeIntervalSince1970: 7))
        try store.recordOutcome(id: refused.id, outcome: .refused, orderID: nil, message: "no", at: Date(timeIntervalSince1970: 8))
        #expect(try store.knownOrders(account: "adility-demo") == [KnownOrder(id: "A-9")])
        #expect(try store.knownOrders(account: "other").isEmpty)
    }

    @Test func trackedOrdersKeepTheirCopyAndReadTimeAndUntrackingForgetsBoth() throws {
        let store = try OrderStore()
        let tracked = Date(timeIntervalSince1970: 100)
        try store.track([order("A-1"), order("A-2")], account: "adility-demo", at: tracked)
        #expect(try store.knownOrders(account: "adility-demo") == [
            KnownOrder(id: "A-1", lastCopy: order("A-1"), readAt: tracked),
            KnownOrder(id: "A-2", lastCopy: order("A-2"), readAt: tracked),
        ])
        #expect(try store.untrack(["A-1", "A-7"], account: "adility-demo") == ["A-1"])
        #expect(try store.cachedOrders(account: "adility-demo").map(\.id) == ["A-2"])
        let read = Date(timeIntervalSince1970: 200)
        try store.noteRead([order("A-1"), order("A-2", phase: .cancelled)], account: "adility-demo", at: read)
        #expect(try store.knownOrders(account: "adility-demo") == [
            KnownOrder(id: "A-2", lastCopy: order("A-2", phase: .cancelled), readAt: read),
        ])
    }
}
