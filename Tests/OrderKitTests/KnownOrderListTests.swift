import Foundation
import OrderFixtures
import OrderKit
import Testing

/// Known orders, where no list is published: each id read by id, final ones only at the
/// slow cadence, unreadable ids listed as unreadable, a 404 refused when tracking.
@Suite struct KnownOrderListTests {
    private static let now = OrderFixtures.now
    private static let moving = OrderFixtures.order("A-1", status: "pending", phase: .processing, hoursAgo: 1)
    private static let done = OrderFixtures.order("A-2", status: "active", phase: .completed, hoursAgo: 2)

    private static func list(_ provider: ByIDProvider, _ book: MemoryKnownOrderBook) -> KnownOrderList {
        KnownOrderList(provider: provider, book: book, finalReadEvery: 30, concurrency: 4)
    }

    @Test func anOrderNotFinalIsReadEachTimeAFinalOneOnlyOnceItsCopyIsOlderThanTheSlowCadence() async throws {
        let provider = ByIDProvider(["A-1": .success(Self.moving), "A-2": .success(Self.done)])
        let book = MemoryKnownOrderBook([KnownOrder(id: "A-1"), KnownOrder(id: "A-2")])
        let list = Self.list(provider, book)
        #expect(try await list.read(stage: .all, now: Self.now).orders.map(\.id) == ["A-1", "A-2"])
        #expect(try await list.read(stage: .all, now: Self.now.addingTimeInterval(10)).orders.map(\.id) == ["A-1", "A-2"])
        #expect(provider.reads.withLock { $0 } == ["A-1": 2, "A-2": 1])
        _ = try await list.read(stage: .all, now: Self.now.addingTimeInterval(31))
        #expect(provider.reads.withLock { $0 } == ["A-1": 3, "A-2": 2])
    }

    @Test func anIdTheProviderNoLongerKnowsIsAnUnreadableEntryAndTheRestIsListed() async throws {
        let provider = ByIDProvider(["A-1": .success(Self.moving),
                                     "A-3": .failure(.malformedResponse(detail: "order A-3: status: absent"))])
        let book = MemoryKnownOrderBook([KnownOrder(id: "A-1"), KnownOrder(id: "gone"), KnownOrder(id: "A-3")])
        let result = try await Self.list(provider, book).read(stage: .all, now: Self.now)
        #expect(result.orders.map(\.id) == ["A-1"])
        #expect(result.unreadable == [
            UnreadableOrder(id: "gone", position: 2,
                            reason: "the provider no longer knows it (404); ordercon untrack gone stops following it"),
            UnreadableOrder(id: "A-3", position: 3,
                            reason: "The provider sent an unreadable answer: order A-3: status: absent."),
        ])
        #expect(result.isPartial)
    }

    @Test func whenEveryReadFailsForTheAccountsSakeTheListCannotBeRead() async throws {
        let down = OrderError.unreachable(account: "adility-demo", detail: "connection refused")
        let provider = ByIDProvider(["A-1": .failure(down), "A-2": .failure(down)])
        let book = MemoryKnownOrderBook([KnownOrder(id: "A-1"), KnownOrder(id: "A-2")])
        await #expect(throws: down) { try await Self.list(provider, book).read(stage: .all, now: Self.now) }
    }

    @Test func anAccountThatKnowsNothingListsNothingWithoutAskingTheProvider() async throws {
        let provider = ByIDProvider([:])
        let result = try await Self.list(provider, MemoryKnownOrderBook()).read(stage: .all, now: Self.now)
        #expect(result == OrderList(orders: []))
        #expect(provider.reads.withLock { $0 }.isEmpty)
    }

    @Test func trackingReadsEachIdAndRefusesAllWhenOneIsUnknown() async throws {
        let provider = ByIDProvider(["A-1": .success(Self.moving), "A-2": .success(Self.done)])
        let book = MemoryKnownOrderBook()
        let list = Self.list(provider, book)
        await #expect(throws: OrderError.notFound(detail: "adility-demo has no order typo (the provider answered 404); nothing was tracked")) {
            try await list.track(["A-1", "typo"], now: Self.now)
        }
        #expect(book.ids.isEmpty)
        #expect(try await list.track(["A-2", "A-1", "A-2"], now: Self.now).map(\.id) == ["A-2", "A-1"])
        #expect(book.ids == ["A-2", "A-1"])
        #expect(try list.untrack(["A-2", "never"]) == ["A-2"])
        #expect(book.ids == ["A-1"])
    }

    @Test func readsStayWithinTheAccountsConcurrency() async throws {
        let tally = ConcurrencyTally()
        let ids = (1...24).map { "A-\($0)" }
        let provider = ByIDProvider(Dictionary(uniqueKeysWithValues: ids.map {
            ($0, Result<Order, OrderError>.success(OrderFixtures.order($0, status: "pending", phase: .processing, hoursAgo: 1)))
        }), tally: tally)
        let list = Self.list(provider, MemoryKnownOrderBook(ids.map { KnownOrder(id: $0) }))
        #expect(try await list.read(stage: .all, now: Self.now).orders.count == 24)
        #expect(await tally.most <= 4)
        #expect(await tally.done == 24)
    }

    @Test func theWrappedAccountListsItsKnownOrdersAndDeclaresIt() async throws {
        let client = ByIDProvider(["A-1": .success(Self.moving)])
        let account = KnownOrdersProvider(client, book: MemoryKnownOrderBook([KnownOrder(id: "A-1")]),
                                          finalReadEvery: 30, concurrency: 2)
        #expect(client.capabilities.orderListing == .provider)
        #expect(account.capabilities.orderListing == .known)
        #expect(account.capabilities.cancelOrder)
        #expect(try await account.orderList(stage: .confirmed).orders.map(\.id) == ["A-1"])
        #expect(try await account.orderList(stage: .draft).orders.isEmpty)
    }
}
