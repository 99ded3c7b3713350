import Foundation
import OrderKit
import PayloadText
import Providers
import Sandbox
import Testing

/// Placing a local cart and following it through provisioning, approval and failure.
@Suite struct AppxiteLifecycleTests {
    @Test func cartIsPlacedAsOneOrderThenProvisionStartedThenFinished() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        #expect(client.capabilities == Capabilities(serverSideDrafts: false, previewPrice: true, cancelItem: true))
        let lines = [sandbox.appxiteLine(quantity: 10), sandbox.appxiteLine(SandboxHarness.appxiteAcronis, quantity: 2)]
        let cart = sandbox.appxiteCart(lines)
        #expect(client.idempotencyKey(for: cart) == lines[0].id)

        let placed = try await client.place(cart: cart)
        #expect(placed.status == "provision_started")
        #expect(placed.phase == .processing)
        #expect(placed.items.map(\.id) == lines.map(\.id))
        #expect(placed.total == Money(amount: Decimal(string: "138.80")!, currency: "EUR"))
        #expect(placed.customerID == sandbox.appxiteOrganization)
        #expect(sandbox.requests.count("POST /orders/") == 2)
        #expect(sandbox.requests.count("POST /orders/operation") == 1)

        sandbox.clock.advance(by: 3)
        #expect(try await client.executionStatus(orderID: placed.id).phase == .processing)
        sandbox.clock.advance(by: 1)
        let done = try await client.order(id: placed.id)
        #expect(done.status == "provision_finished")
        #expect(done.phase == .completed)
        #expect(done.items.map(\.phase) == [.completed, .completed])
        #expect(done.rawPayload.map(ReadablePayload.text)?.contains("\"SubscriptionStatus\" : \"active\"") == true)
        #expect(try await client.items(orderID: placed.id).map(\.quantity) == [10, 2])
    }

    @Test func theOrganizationIsCalledByItsConfiguredNameOrElseItsID() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let named = sandbox.appxiteClient(organizationName: "Fabrikam Cloud Services")
        #expect(try await named.customers().map(\.name) == ["Fabrikam Cloud Services"])
        #expect(Set(try await named.orders(stage: .all).map(\.customerName)) == ["Fabrikam Cloud Services"])
        #expect(try await sandbox.appxiteClient().customers().map(\.name) == [sandbox.appxiteOrganization])
    }

    @Test func failingShareEndsProvisionFailedWithAMessage() async throws {
        let sandbox = try await SandboxHarness.start(failureRate: 1)
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let placed = try await client.place(cart: sandbox.appxiteCart([sandbox.appxiteLine()]))
        sandbox.clock.advance(by: 4)
        let failed = try await client.order(id: placed.id)
        #expect(failed.status == "provision_failed")
        #expect(failed.phase == .failed)
        #expect(failed.items.map(\.phase) == [.failed])
        let status = try await client.executionStatus(orderID: placed.id)
        #expect(status.phase == .failed)
        #expect(status.message == "The vendor refused provisioning: the tenant's data-centre quota is exhausted.")
    }

    @Test func manualApprovalOfferWaitsUntilApprovedThenProvisions() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let placed = try await client.place(cart: sandbox.appxiteCart([
            sandbox.appxiteLine(quantity: 2), sandbox.appxiteLine(SandboxHarness.appxiteManual, quantity: 1,
                                                                   parameters: ["commitmentPeriod": "3 years"]),
        ]))
        #expect(placed.status == "awaiting_approval")
        #expect(placed.phase == .awaitingApproval)
        sandbox.clock.advance(by: 24 * 3600)
        #expect(try await client.order(id: placed.id).phase == .awaitingApproval)

        let approved = try await sandbox.appxiteRaw(.post, "/orders/\(placed.id)/approve")
        #expect(approved.status == 200)
        #expect(try sandbox.appxiteJSON(approved)["Status"] as? String == "provision_started")
        #expect(try await client.order(id: placed.id).phase == .processing)
        sandbox.clock.advance(by: 4)
        #expect(try await client.order(id: placed.id).items.map(\.phase) == [.completed, .completed])

        let twice = try await sandbox.appxiteRaw(.post, "/orders/\(placed.id)/approve")
        #expect(twice.status == 409)
        #expect(twice.text.contains("only orders awaiting approval can be approved"))
        #expect(try await sandbox.appxiteRaw(.post, "/orders/AX-424242/approve").status == 404)
    }

    @Test func placingTheSameCartAgainBuysOnce() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let cart = sandbox.appxiteCart([sandbox.appxiteLine(), sandbox.appxiteLine(quantity: 7)])
        let first = try await client.place(cart: cart)
        let second = try await client.place(cart: cart)
        #expect(second.id == first.id)
        #expect(sandbox.requests.count("POST /orders/operation") == 1)
        #expect(sandbox.requests.count("POST /orders/") == 2)
        let found = try #require(try await client.findPlaced(idempotencyKey: client.idempotencyKey(for: cart)))
        #expect(found.id == first.id)
        #expect(found.phase == .processing)
    }

    @Test func anInterruptedPlacementIsFinishedOnItsExistingCartOrder() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let lines = [sandbox.appxiteLine(quantity: 1), sandbox.appxiteLine(quantity: 5)]
        let cart = sandbox.appxiteCart(lines)
        let lost = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(
            .post, "/orders/", body: sandbox.appxiteAddBody(itemID: lines[0].id, quantity: "1")))
        let orderID = try #require(lost["OrderId"] as? String)
        let pending = try #require(try await client.findPlaced(idempotencyKey: client.idempotencyKey(for: cart)))
        #expect(pending.id == orderID)
        #expect(pending.phase == .cart)

        let placed = try await client.place(cart: cart)
        #expect(placed.id == orderID)
        #expect(placed.items.map(\.id) == lines.map(\.id))
        #expect(placed.phase == .processing)
        #expect(try await client.findPlaced(idempotencyKey: "never-added") == nil)
    }

    @Test func aSeededCartOrderIsPlacedByItsId() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let cart = try await client.order(id: "AX-100007")
        #expect(cart.phase == .cart)
        let placed = try await client.place(orderID: "AX-100007")
        #expect(placed.phase == .processing)
        #expect(placed.items.count == 2)
        await #expect(throws: OrderError.rejected(detail: "the cart is empty; add a line before placing")) {
            try await client.place(cart: sandbox.appxiteCart([]))
        }
        await #expect(throws: OrderError.rejected(detail: "the cart is empty; add a line before pricing")) {
            try await client.preview(cart: sandbox.appxiteCart([]))
        }
    }
}
