import Foundation
import OrderKit
import Placement
import Providers
import Sandbox
import Store
import Testing

/// Adility publishes no lookup by `order_number`: a placement re-sent with a number the
/// provider already holds is refused as a duplicate, and that refusal means it was placed,
/// its id unknown, never "refused" (which would invite buying it a third time).
@Suite struct AdilityDuplicateNumberTests {
    @Test func aResentNumberTheProviderRefusesCountsAsPlacedWithItsIdUnknown() async throws {
        let server = SandboxServer(options: SandboxOptions(failureRate: 0))
        let accounts = SandboxAccounts(endpoint: try await server.start(), timeout: 5)
        let client = AdilityClient(transport: accounts.transport("adility-demo", .adility), apiKey: DemoCredentials.apiKey)
        let store = try OrderStore()
        // Wrapped as Session wraps a known-orders account, so the journal asks the wrapper.
        let provider = KnownOrdersProvider(client, book: store, finalReadEvery: 30, concurrency: 2)
        let cart = LocalCart(id: LocalCart.newID(), account: provider.account, customerID: "dup", customerName: "Dup Tester",
                             lines: [CartLine(id: "l1", offerID: "coupon-sf-pastry", name: "Pastry", quantity: 1)],
                             createdAt: Date())
        let first = try await PlacementJournal(store: store, provider: provider).place(cart: cart)
        await #expect(throws: OrderError.conflict(detail: "Adility already holds \(cart.id): an earlier request placed it and its answer was lost; find the order in the provider's portal and run ordercon track ID --account adility-demo")) {
            try await PlacementJournal(store: store, provider: provider).place(cart: cart)
        }
        #expect(try await provider.orderList(stage: .all).orders.map(\.id) == [first.id])
        await server.stop()
        let journal = try store.journal(account: provider.account)
        #expect(journal.map(\.outcome) == [.placed, .placed])
        #expect(journal.map(\.orderID) == [first.id, nil])
        #expect(try store.knownOrders(account: provider.account).map(\.id) == [first.id])
    }
}
