import Foundation
import OrderKit
@testable import Providers
import Sandbox
import Testing

/// Approving and rejecting orders waiting for manual approval: offered only to an account
/// configured as approver, and allowed by the sandbox only for manual-approval orders
/// awaiting approval (endpoints beyond the document).
@Suite struct AppxiteApprovalTests {
    private static let awaiting = "AX-100005"

    @Test func approvalIsOfferedOnlyToApproversAndOnlyWhileAwaiting() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let approver = sandbox.appxiteClient(approver: true)
        let order = try await approver.order(id: Self.awaiting)
        #expect(approver.operations(for: order).map(\.id) == ["approve", "reject"])
        #expect(sandbox.appxiteClient().operations(for: order).isEmpty)
        #expect(approver.operations(for: try await approver.order(id: "AX-100001")).isEmpty)
        await #expect(throws: OrderError.forbidden(detail: "account appxite-test may not approve or reject orders; set approver = true for it in the config if it may")) {
            try await sandbox.appxiteClient().perform(OrderOperation(id: "approve", title: "Approve order", summary: ""), orderID: Self.awaiting, fields: [])
        }
    }

    @Test func approvingStartsProvisioning() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient(approver: true)
        let approve = try #require(client.operations(for: try await client.order(id: Self.awaiting)).first)
        #expect(!approve.hasForm && approve.confirms && !approve.warning.isEmpty)
        let approved = try await client.perform(approve, orderID: Self.awaiting, fields: [])
        #expect(approved.status == "provision_started")
        sandbox.clock.advance(by: 4)
        #expect(try await client.order(id: Self.awaiting).phase == .completed)
        await #expect(throws: OrderError.conflict(detail: "order AX-100005 is provision_finished and carries no approve link; only orders awaiting approval can be decided")) {
            try await client.perform(approve, orderID: Self.awaiting, fields: [])
        }
    }

    @Test func rejectingAsksForAReasonAndWithdrawsTheOrder() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient(approver: true)
        let reject = try #require(client.operations(for: try await client.order(id: Self.awaiting)).last)
        let form = try await client.operationForm(reject, orderID: Self.awaiting)
        #expect(form.map(\.key) == ["Reason"])
        #expect(form.first?.required == true && form.first?.kind == .text)
        await #expect(throws: OrderError.rejected(detail: "say why order AX-100005 is rejected in Reason")) {
            try await client.perform(reject, orderID: Self.awaiting, fields: form)
        }
        var reason = form
        reason[0].value = "No budget approved for Maximo this year"
        let rejected = try await client.perform(reject, orderID: Self.awaiting, fields: reason)
        #expect(rejected.status == "rejected")
        #expect(rejected.phase == .cancelled)
        #expect(client.operations(for: rejected).isEmpty)
        let details = try await client.details(orderID: Self.awaiting)
        #expect(details.first?.rows == [DetailSection.Row("Status message", "Rejected: No budget approved for Maximo this year",
                                                          tone: .warning)])
    }

    @Test func decisionsFollowTheLinksTheOrderCarriesAndOnlyBelowTheBaseURL() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let raw = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders/\(Self.awaiting)"))
        #expect(raw["ApproveLink"] as? String == "/appxite/orders/\(Self.awaiting)/approve")
        #expect(raw["RejectLink"] as? String == "/appxite/orders/\(Self.awaiting)/reject")
        #expect(try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders/AX-100001"))["ApproveLink"] == nil)
        let base = "https://api.example.test/appxite"
        #expect(AppxiteLink.path(of: "/appxite/orders/A/approve", under: base) == "/orders/A/approve")
        #expect(AppxiteLink.path(of: "https://api.example.test/appxite/orders/A/reject", under: base) == "/orders/A/reject")
        #expect(AppxiteLink.path(of: "https://elsewhere.example.test/appxite/orders/A/approve", under: base) == nil)
        #expect(AppxiteLink.path(of: "/other/orders/A/approve", under: base) == nil)
    }

    @Test func theSandboxDecidesOnlyManualApprovalOrdersAwaitingApproval() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let missingReason = try await sandbox.appxiteRaw(.post, "/orders/\(Self.awaiting)/reject", body: "{}")
        #expect(missingReason.status == 400)
        #expect(missingReason.text.contains("Reason is required"))
        let notManual = try await sandbox.appxiteRaw(.post, "/orders/AX-100004/approve", body: "{}")
        #expect(notManual.status == 409)
        #expect(try sandbox.appxiteJSON(notManual)["code"] as? String == "OperationNotAllowed")
        #expect(notManual.text.contains("Order AX-100004 holds no manual-approval offer; only such orders can be approved"))
        let otherOrganization = try await sandbox.appxiteRaw(.post, "/orders/AX-100008/reject", body: #"{"Reason": "no"}"#)
        #expect(otherOrganization.status == 404)
        let unauthenticated = try await sandbox.appxiteRaw(.post, "/orders/\(Self.awaiting)/approve", body: "{}",
                                                          headers: sandbox.appxiteHeaders("Ocp-Apim-Subscription-Key"))
        #expect(unauthenticated.status == 401)
        #expect(try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders/\(Self.awaiting)"))["Status"] as? String
            == "awaiting_approval")
    }
}
