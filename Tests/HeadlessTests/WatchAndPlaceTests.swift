import Foundation
import Headless
import OrderFixtures
import OrderKit
import Store
import Synchronization
import Testing

@Suite struct WatchAndPlaceTests {
    private func order(_ status: String, _ phase: Phase) -> Result<Order, OrderError> {
        .success(OrderFixtures.order("42", status: status, phase: phase, hoursAgo: 0))
    }

    @Test func watchPrintsEachChangeAndExitsByTheFinalPhase() async throws {
        let provider = ScriptedProvider(script: [order("1002", .processing), order("1002", .processing),
                                                 .failure(.timedOut(detail: "slow")), order("1000", .completed)])
        let seen = Mutex<[String]>([])
        let troubles = Mutex(0)
        // The watch ends at the final phase; the timeout only bounds a loaded machine's delays.
        let outcome = try await OrderWatcher(provider: provider, orderID: "42", interval: 0.01, timeout: 60)
            .run(onChange: { order in seen.withLock { $0.append(order.status) } },
                 onTrouble: { _ in troubles.withLock { $0 += 1 } })
        #expect(outcome.exitCode == 0)
        #expect(seen.withLock { $0 } == ["1002", "1000"])
        #expect(troubles.withLock { $0 } == 1)
        let failed = try await OrderWatcher(provider: ScriptedProvider(script: [order("1004", .failed)]), orderID: "42",
                                            interval: 0.01, timeout: 60).run(onChange: { _ in })
        #expect(failed.exitCode == 2)
        let slow = try await OrderWatcher(provider: ScriptedProvider(script: [order("1002", .processing)]), orderID: "42",
                                          interval: 0.01, timeout: 0.1).run(onChange: { _ in })
        #expect(slow.exitCode == 1)
    }

    @Test func watchStopsOnRefusedCredentials() async {
        let provider = ScriptedProvider(script: [.failure(.authenticationRefused(account: "a", detail: "no"))])
        await #expect(throws: OrderError.self) {
            try await OrderWatcher(provider: provider, orderID: "42", interval: 0.01, timeout: 1).run(onChange: { _ in })
        }
    }

    private let file = OrderFile(customerID: "1001", customerName: "Acme GmbH",
                                 items: [.init(offer: "MS365-E3", quantity: 2, parameters: ["deploymentId": "9"])])

    @Test func aLocalCartProviderGetsOneJournaledRequest() async throws {
        let provider = ScriptedProvider()
        let store = try OrderStore()
        let placer = OrderPlacer(provider: provider, store: store)
        #expect(try await placer.describe(file) == ["  Microsoft 365 E3 ×2 at 23.00 EUR = 46.00 EUR", "  total 46.00 EUR"])
        #expect(try await placer.preview(file).total == Money(amount: 46, currency: "EUR"))
        #expect(provider.placedCarts.withLock { $0 }.isEmpty)
        let order = try await placer.place(file)
        #expect(order.id == "A-1")
        let cart = try #require(provider.placedCarts.withLock { $0 }.first)
        #expect(cart.lines.map(\.parameters) == [["deploymentId": "9"]])
        #expect(try store.journal(account: "adobe-demo").map(\.outcome) == [.placed])
        #expect(try store.localCarts(account: "adobe-demo").isEmpty)
    }

    @Test func aServerDraftProviderGetsADraftThenCheckout() async throws {
        let provider = ScriptedProvider(capabilities: Capabilities(serverSideDrafts: true))
        let store = try OrderStore()
        let placer = OrderPlacer(provider: provider, store: store)
        await #expect(throws: OrderError.unsupported(detail: "Adobe VIPM cannot price an order before placing it.")) {
            try await placer.preview(file)
        }
        let order = try await placer.place(file)
        #expect(order.id == "D1")
        #expect(provider.drafts.withLock { $0 } == ["D1": ["MS365-E3×2"]])
        #expect(try store.journal(account: "adobe-demo").map(\.idempotencyKey) == ["D1"])
    }

    @Test func orderFieldsAreRefusedWhereTheProviderHasNone() async throws {
        let provider = ScriptedProvider()
        let placer = OrderPlacer(provider: provider, store: try OrderStore())
        var withFields = file
        withFields.fields = ["PO": "1"]
        await #expect(throws: OrderError.rejected(detail: "Adobe VIPM orders have no order fields; remove [fields]")) {
            try await placer.place(withFields)
        }
        #expect(provider.placedCarts.withLock { $0 }.isEmpty)
    }

    @Test func unknownOffersAreRefusedBeforeAnythingIsSent() async throws {
        let provider = ScriptedProvider()
        let placer = OrderPlacer(provider: provider, store: try OrderStore())
        let bad = OrderFile(customerID: "1", customerName: nil, items: [.init(offer: "NOPE", quantity: 1, parameters: [:])])
        await #expect(throws: OrderError.rejected(detail: "offer 'NOPE' is not in adobe-demo's catalog")) {
            try await placer.place(bad)
        }
        #expect(provider.placedCarts.withLock { $0 }.isEmpty)
    }
}
