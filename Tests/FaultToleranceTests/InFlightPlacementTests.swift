import Foundation
import OrderKit
import Sandbox
import Store
import Testing

/// A placement cut off while its request is still on its way to the provider (the
/// process killed, the request queued behind latency) can land after a restart has already
/// reconciled it: the journal then says "not placed" about an order that exists, and the
/// user, told to place again, would buy twice. Reconciliation cannot tell "never arrived"
/// from "not arrived yet" without waiting out the time a request may still be in flight.
@Suite struct InFlightPlacementTests {
    @Test func aPlacementLandingAfterReconciliationIsReportedNotPlaced() async throws {
        let server = SandboxServer(options: SandboxOptions(failureRate: 0, faults: try SandboxFaults(parsing: "latency=1s")))
        let accounts = SandboxAccounts(endpoint: try await server.start(), timeout: 5)
        let (provider, file) = accounts.all.first { $0.provider.kind == .adility }!
        let store = try OrderStore()
        let journal = PlacementJournal(store: store, provider: provider)
        let cart = LocalCart(id: LocalCart.newID(), account: provider.account, customerID: file.customerID,
                             customerName: file.customerName ?? file.customerID,
                             lines: [CartLine(id: LocalCart.newID(), offerID: file.items[0].offer, name: file.items[0].offer,
                                              quantity: file.items[0].quantity)],
                             createdAt: Date())

        let killed = Task { try await journal.place(cart: cart) }
        try await Task.sleep(for: .milliseconds(150))
        killed.cancel()
        _ = await killed.result
        server.faults.set(.none)
        let settled = try await journal.reconcile()
        try await Task.sleep(for: .milliseconds(1200))
        let landed = try await provider.findPlaced(idempotencyKey: provider.idempotencyKey(for: cart))
        await server.stop()

        #expect(settled.map(\.outcome) == [.notPlaced])
        withKnownIssue("reconciliation settles an intent whose request may still be in flight") {
            #expect(landed == nil, "order \(landed?.id ?? "") was placed after the journal reported it not placed")
        }
    }
}
