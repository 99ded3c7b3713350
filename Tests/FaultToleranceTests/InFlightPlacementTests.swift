import Foundation
import OrderKit
import Placement
import Sandbox
import Store
import Testing

/// A placement cut off while its request is still on its way to the provider (the
/// process killed, the request queued behind latency) can land after a restart has already
/// reconciled it. Reconciliation cannot tell "never arrived" from "not arrived yet", so an
/// intent younger than the answer window stays open: placing waits, and a later
/// reconciliation finds the order.
@Suite struct InFlightPlacementTests {
    @Test func aPlacementThatMayStillLandStaysOpenUntilItDoesOrItsWindowEnds() async throws {
        // Only the placement's POST is delayed: it reaches the sandbox, waits there, then lands.
        let server = SandboxServer(options: SandboxOptions(failureRate: 0,
                                                           faults: try SandboxFaults(parsing: "latency=2s,methods=POST"),
                                                           undocumentedLists: true))
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
        // Cut off once the request is on its way (the sandbox holds it), however loaded the machine.
        try await Eventually.holds(within: 60) { server.faults.counters.requests >= 1 }
        killed.cancel()
        _ = await killed.result
        server.faults.set(.none)
        let early = try await journal.reconcile()
        #expect(early.map(\.outcome) != [.notPlaced], "an intent whose request may still land was settled as not placed")
        // If it is still open, the request still lands (its latency runs out): reconcile until the journal knows.
        let late = try await Eventually.value(within: 60, every: .milliseconds(100), { try await journal.reconcile() },
                                              holds: { early.map(\.outcome) != [nil] || $0.map(\.outcome) == [.placed] })
        let landed = try await provider.findPlaced(idempotencyKey: provider.idempotencyKey(for: cart))
        await server.stop()

        let outcome = try store.journal(account: provider.account).first
        #expect(outcome?.outcome == .placed)
        #expect(outcome?.orderID == landed?.id)
        #expect(landed != nil)
        #expect(early.map(\.outcome) == [nil] ? late.map(\.outcome) == [.placed] : late.isEmpty)
    }

    @Test func anIntentPastItsWindowWithNoOrderIsNotPlaced() async throws {
        let server = SandboxServer(options: SandboxOptions(failureRate: 0, undocumentedLists: true))
        let accounts = SandboxAccounts(endpoint: try await server.start(), timeout: 5)
        let (provider, _) = accounts.all.first { $0.provider.kind == .adility }!
        let store = try OrderStore()
        _ = try store.recordIntent(JournalEntry(provider: provider.kind, account: provider.account, intent: "place",
                                                payloadDigest: "d", idempotencyKey: "never-sent",
                                                createdAt: Date().addingTimeInterval(-provider.answerWindow - 1)))
        let settled = try await PlacementJournal(store: store, provider: provider).reconcile()
        await server.stop()
        #expect(settled.map(\.outcome) == [.notPlaced])
    }
}
