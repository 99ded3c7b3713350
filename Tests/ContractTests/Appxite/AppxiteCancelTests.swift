import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `POST /orders/cancel?orderitemid=`: allowed only for `provision_finished` items, each
/// documented refusal with its own message.
@Suite struct AppxiteCancelTests {
    private func refusal(_ itemID: String, _ detail: String) async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        await #expect(throws: OrderError.conflict(detail: detail)) {
            try await sandbox.appxiteClient().cancelItem(orderID: "seeded", itemID: itemID)
        }
        let raw = try await sandbox.appxiteRaw(.post, "/orders/cancel?orderitemid=\(itemID)")
        #expect(raw.status == 409)
        #expect(try sandbox.appxiteJSON(raw)["code"] as? String == "OperationNotAllowed")
    }

    @Test func cancellingAFinishedItemDisablesItsSubscriptionAndDeletesNothing() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let order = try await client.cancelItem(orderID: "AX-100001", itemID: "seed-100001-1")
        #expect(order.phase == .completed)
        #expect(order.items.map(\.phase) == [.cancelled, .completed])
        #expect(order.items.map(\.status) == ["cancelled", "provision_finished"])
        let raw = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders/AX-100001"))
        let items = try #require(raw["Items"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items.compactMap { $0["SubscriptionStatus"] as? String } == ["disabled", "active"])

        let whole = try await client.cancelItem(orderID: "AX-100001", itemID: "seed-100001-2")
        #expect(whole.status == "cancelled")
        #expect(whole.phase == .cancelled)
        #expect(try await client.order(id: "AX-100001").items.count == 2)
    }

    @Test func cancelIsRefusedWhileTheItemIsInTheCart() async throws {
        try await refusal("seed-100007-1", "Order item seed-100007-1 is still in the cart (not executed); only provision_finished items can be cancelled")
    }

    @Test func cancelIsRefusedWhileProvisionStarted() async throws {
        try await refusal("seed-100004-1", "Order item seed-100004-1 is still provisioning (provision_started); cancel it once it is provision_finished")
    }

    @Test func cancelIsRefusedAfterProvisionFailed() async throws {
        try await refusal("seed-100003-1", "Order item seed-100003-1 failed provisioning (provision_failed); there is no subscription to cancel")
    }

    @Test func cancelIsRefusedWhenAlreadyCancelled() async throws {
        try await refusal("seed-100002-2", "Order item seed-100002-2 is already cancelled")
    }

    @Test func cancelIsRefusedWhileAwaitingApproval() async throws {
        try await refusal("seed-100005-1", "Order item seed-100005-1 is awaiting_approval, not provisioned yet; only provision_finished items can be cancelled")
    }

    @Test func cancelOfAnUnknownOrMissingItemIsRefused() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        await #expect(throws: OrderError.notFound(detail: "Order item nope does not exist in this organization")) {
            try await sandbox.appxiteClient().cancelItem(orderID: "AX-100001", itemID: "nope")
        }
        await #expect(throws: OrderError.notFound(detail: "Order item seed-100008-1 does not exist in this organization")) {
            try await sandbox.appxiteClient().cancelItem(orderID: "AX-100008", itemID: "seed-100008-1")
        }
        let missing = try await sandbox.appxiteRaw(.post, "/orders/cancel")
        #expect(missing.status == 400)
        #expect(missing.text.contains("The orderitemid query parameter is required"))
    }

    @Test func aPlacedItemCanBeCancelledOnlyOnceProvisioned() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let line = sandbox.appxiteLine()
        let placed = try await client.place(cart: sandbox.appxiteCart([line]))
        await #expect(throws: OrderError.self) { try await client.cancelItem(orderID: placed.id, itemID: line.id) }
        sandbox.clock.advance(by: 4)
        let cancelled = try await client.cancelItem(orderID: placed.id, itemID: line.id)
        #expect(cancelled.phase == .cancelled)
        #expect(cancelled.items.map(\.phase) == [.cancelled])
    }
}
