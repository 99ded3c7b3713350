import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Placement
import Store
import Synchronization
import Testing

@Suite struct EffectRunnerTests {
    private func runner(_ provider: FakeProvider, _ store: OrderStore) -> EffectRunner {
        EffectRunner(providers: ["wl-demo": provider], store: store, send: { _ in })
    }

    /// The journal content of a fixture order's lines, as the console confirms them.
    static func content(_ orderID: String) -> String {
        let items = OrderFixtures.book.first { $0.id == orderID }?.items ?? []
        return PlacementJournal.lineContent(items.map { ($0.offerID, $0.quantity) })
    }

    @Test func placementIsJournaledBeforeTheRequestAndSettledAfter() async throws {
        let provider = FakeProvider()
        let store = try OrderStore()
        let openDuringRequest = Mutex<[String]>([])
        provider.whilePlacing {
            openDuringRequest.withLock { $0 = (try? store.openIntents(account: "wl-demo").map(\.idempotencyKey)) ?? [] }
        }
        let answer = await runner(provider, store).perform(.place(account: "wl-demo", orderID: "1044", content: Self.content("1044")))
        guard case .placed(_, "1044", .success(let order)) = answer else { Issue.record("got \(String(describing: answer))"); return }
        #expect(order.phase == .processing)
        #expect(openDuringRequest.withLock { $0 } == ["1044"])
        let entry = try #require(try store.journal(account: "wl-demo").first)
        #expect(entry.outcome == .placed)
        #expect(entry.payloadDigest == JournalEntry.digest(of: "1044:" + Self.content("1044")))
        #expect(try store.cachedOrders(account: "wl-demo").map(\.id) == ["1044"])
    }

    /// Someone edited the draft after it was confirmed: nothing is sent or journaled, and
    /// the answer carries the lines the provider holds now.
    @Test func aDraftThatChangedSinceItsConfirmationIsNotSent() async throws {
        let provider = FakeProvider()
        let store = try OrderStore()
        let answer = await runner(provider, store).perform(.place(account: "wl-demo", orderID: "1044", content: "MS365-E3×1"))
        guard case .placementStopped(_, "1044", let stop) = answer else { Issue.record("got \(String(describing: answer))"); return }
        #expect(stop == .changed(now: OrderFixtures.book[0].items))
        #expect(try store.journal(account: "wl-demo").isEmpty)
        let unread = await runner(provider, store).perform(.place(account: "wl-demo", orderID: "9999", content: ""))
        guard case .placementStopped(_, "9999", .unreadable) = unread else { Issue.record("got \(String(describing: unread))"); return }
        #expect(try store.journal(account: "wl-demo").isEmpty)
    }

    @Test func aRefusalIsSettledButNoAnswerStaysOpen() async throws {
        let provider = FakeProvider()
        let store = try OrderStore()
        provider.failPlacement(with: .conflict(detail: "not a draft"))
        _ = await runner(provider, store).perform(.place(account: "wl-demo", orderID: "1044", content: Self.content("1044")))
        #expect(try store.journal(account: "wl-demo").map(\.outcome) == [.refused])
        provider.failPlacement(with: .timedOut(detail: "slow"))
        _ = await runner(provider, store).perform(.place(account: "wl-demo", orderID: "1043", content: Self.content("1043")))
        #expect(try store.openIntents(account: "wl-demo").map(\.idempotencyKey) == ["1043"])
    }

    @Test func reconciliationAsksTheProviderWhatBecameOfEachOpenIntent() async throws {
        let provider = FakeProvider()
        let store = try OrderStore()
        let old = Date().addingTimeInterval(-FakeProvider().answerWindow - 1)
        for (key, created) in [("1044", Date()), ("1043", Date()), ("1099", old), ("1098", Date())] {
            _ = try store.recordIntent(JournalEntry(provider: .whitelabel, account: "wl-demo", intent: "place",
                                                    payloadDigest: "d", idempotencyKey: key, createdAt: created))
        }
        provider.set("1044", status: "Submitted", phase: .processing)
        let answer = await runner(provider, store).perform(.reconcileJournal(account: "wl-demo"))
        guard case .journalReconciled(_, .success(let settled), _) = answer else { Issue.record("got \(String(describing: answer))"); return }
        #expect(settled.map(\.outcome) == [.placed, nil, .notPlaced, nil])
        #expect(try store.openIntents(account: "wl-demo").map(\.idempotencyKey) == ["1043", "1098"],
                "a young intent whose order is missing or still a draft may still land: it stays open")
    }

    @Test func refreshCachesTheBookAndErrorsComeBackAsActions() async throws {
        let provider = FakeProvider()
        let store = try OrderStore()
        let answer = await runner(provider, store).perform(.refresh(account: "wl-demo"))
        guard case .ordersLoaded(_, .success(let list), _) = answer else { Issue.record("got \(String(describing: answer))"); return }
        #expect(list.orders.count == OrderFixtures.book.count)
        #expect(try store.cachedOrders(account: "wl-demo").count == OrderFixtures.book.count)
        let missing = await runner(provider, store).perform(.loadItems(account: "wl-demo", orderID: "nope"))
        guard case .itemsLoaded(_, "nope", .failure(.notFound)) = missing else { Issue.record("got \(String(describing: missing))"); return }
        let unsupported = await runner(provider, store).perform(.createDraft(account: "wl-demo", customerID: "1"))
        guard case .draftCreated(_, .failure(.unsupported)) = unsupported else { Issue.record("got \(String(describing: unsupported))"); return }
    }
}
