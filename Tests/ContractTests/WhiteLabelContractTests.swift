import Foundation
import OrderKit
import PayloadText
import Providers
import Sandbox
import Testing

/// The whitelabel client against the sandbox: every endpoint, every refusal of seed 001.
@Suite struct WhiteLabelContractTests {
    @Test func seedFlowCreateAddDeleteCheckoutStatus() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()

        let draft = try await client.createDraft(customerID: "1002")
        #expect(draft.phase == .draft)
        #expect(draft.status == "Draft")
        #expect(draft.customerName == "Beta Logistics")
        let expiry = try #require(draft.expiresAt)
        #expect(expiry.timeIntervalSince(try #require(draft.createdAt)) == 7 * 24 * 3600)

        let kept = try await client.addItem(orderID: draft.id, offerID: "MS365-E3", quantity: 10)
        let dropped = try await client.addItem(orderID: draft.id, offerID: "ZOOM-PRO", quantity: 1)
        #expect(kept.lineTotal == Money(amount: 230, currency: "EUR"))
        try await client.deleteItem(orderID: draft.id, itemID: dropped.id)
        #expect(try await client.items(orderID: draft.id).map(\.id) == [kept.id])

        let placed = try await client.place(orderID: draft.id)
        #expect(placed.status == "Submitted")
        #expect(placed.phase == .processing)
        #expect(try await client.executionStatus(orderID: draft.id).phase == .processing)

        sandbox.clock.advance(by: 5)
        let done = try await client.executionStatus(orderID: draft.id)
        #expect(done.status == "Executed")
        #expect(done.phase == .completed)
        let order = try await client.order(id: draft.id)
        #expect(order.phase == .completed)
        #expect(order.total == Money(amount: 230, currency: "EUR"))
        #expect(order.items.map(\.phase) == [.completed])
        #expect(order.rawPayload.map(ReadablePayload.text)?.contains("\"Status\" : \"Executed\"") == true)
    }

    @Test func singleItemAndCatalogAndAccounts() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let offers = try await client.offers()
        #expect(offers.contains { $0.id == "MS365-E3" && $0.price == Money(amount: 23, currency: "EUR") })
        let customers = try await client.customers()
        #expect(customers.map(\.name).contains("Acme GmbH"))
        let item = try await client.item(orderID: "1042", itemID: try #require(try await client.items(orderID: "1042").first?.id))
        #expect(item.name == "Microsoft 365 E3")
        await #expect(throws: OrderError.self) { try await client.item(orderID: "1042", itemID: "999999") }
    }

    @Test func failingShareEndsFailedWithAMessage() async throws {
        let sandbox = try await SandboxHarness.start(failureRate: 1)
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let draft = try await client.createDraft(customerID: "1001")
        _ = try await client.addItem(orderID: draft.id, offerID: "AZURE-PLAN", quantity: 1)
        _ = try await client.place(orderID: draft.id)
        sandbox.clock.advance(by: 4)
        let status = try await client.executionStatus(orderID: draft.id)
        #expect(status.phase == .failed)
        #expect(status.message?.isEmpty == false)
    }

    @Test func stagesFilterTheListAndConfirmedIsTheDefault() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let drafts = try await client.orders(stage: .draft)
        let confirmed = try await client.orders(stage: .confirmed)
        let all = try await client.orders(stage: .all)
        #expect(!drafts.isEmpty && drafts.allSatisfy { $0.phase == .draft })
        #expect(!confirmed.contains { ["Draft", "Reseller Pending Approval", "Cancelled by Reseller"].contains($0.status) })
        #expect(Set(all.map(\.phase)) == [.draft, .awaitingApproval, .processing, .completed, .failed, .cancelled])
        #expect(all.count > drafts.count + confirmed.count)

        let unfiltered = try await sandbox.raw(.get, "/api/orders")
        let defaultIDs = try JSONSerialization.jsonObject(with: unfiltered.body) as! [[String: Any]]
        #expect(Set(defaultIDs.map { String($0["Id"] as! Int) }) == Set(confirmed.map(\.id)))
        #expect(try await sandbox.raw(.get, "/api/orders?stage=Bogus").status == 400)
    }

    @Test func itemsAndCheckoutOnlyWhileDraft() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let draft = try await client.createDraft(customerID: "1001")
        await #expect(throws: OrderError.rejected(detail: "Order \(draft.id) has no items; add at least one before checkout")) {
            try await client.place(orderID: draft.id)
        }
        let item = try await client.addItem(orderID: draft.id, offerID: "MS365-E3", quantity: 1)
        _ = try await client.place(orderID: draft.id)
        for attempt in [
            { _ = try await client.addItem(orderID: draft.id, offerID: "MS365-E3", quantity: 1) },
            { try await client.deleteItem(orderID: draft.id, itemID: item.id) },
            { _ = try await client.place(orderID: draft.id) },
        ] as [@Sendable () async throws -> Void] {
            do {
                try await attempt()
                Issue.record("a write to a submitted order was accepted")
            } catch let error as OrderError {
                guard case .conflict(let detail) = error else { Issue.record("expected 409, got \(error)"); continue }
                #expect(detail.contains("only Draft orders"))
            }
        }
    }

    @Test func badItemsAreRejected() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        await #expect(throws: OrderError.rejected(detail: "ProductId 'NOPE' is not in the catalog")) {
            try await client.addItem(orderID: "1042", offerID: "NOPE", quantity: 1)
        }
        await #expect(throws: OrderError.rejected(detail: "Quantity must be a whole number of at least 1")) {
            try await client.addItem(orderID: "1042", offerID: "MS365-E3", quantity: 0)
        }
        await #expect(throws: OrderError.rejected(detail: "AccountID 999 is not the reseller or one of its customers")) {
            try await client.createDraft(customerID: "999")
        }
        await #expect(throws: OrderError.self) { try await client.order(id: "not-a-number") }
        await #expect(throws: OrderError.notFound(detail: "Order 4242 does not exist (drafts are deleted 7 days after their order date)")) {
            try await client.order(id: "4242")
        }
    }

    @Test func createWithoutAccountIDIs400WithAClearMessage() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let response = try await sandbox.raw(.post, "/api/orders", body: "{}")
        #expect(response.status == 400)
        #expect(response.text.contains("AccountID is required"))
        #expect(try await sandbox.raw(.post, "/api/orders", body: "{nope").status == 400)
        #expect(try await sandbox.raw(.post, "/api/orders", body: #"{"AccountID": 1001}"#).status == 201)
    }

    @Test func executionStatusOnlyForConfirmedOrders() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        for orderID in ["1042", "1036", "1037"] {
            await #expect(throws: OrderError.self) { try await client.executionStatus(orderID: orderID) }
        }
        #expect(try await client.executionStatus(orderID: "1034").phase == .completed)
        #expect(try await sandbox.raw(.get, "/api/orders/1042/execute/status").status == 409)
    }

    @Test func customFieldsAndCharacteristicsReadAndWrite() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let fields = try await client.customFields(orderID: "1042")
        #expect(fields.first { $0.name == "Renewal Reminder" }?.kind == .boolean)
        let updated = try await client.updateCustomFields(orderID: "1042",
                                                          fields: [CustomField(name: "PO Number", value: "PO-77")])
        #expect(updated.first { $0.name == "PO Number" }?.value == "PO-77")
        #expect(try await client.customFields(orderID: "1042").first { $0.name == "PO Number" }?.value == "PO-77")
        let shown = try await client.details(orderID: "1042").first { $0.title == "Custom fields" }
        #expect(shown?.rows.first { $0.label == "PO Number" }?.value == "PO-77", "the detail view shows what was saved")
        await #expect(throws: OrderError.self) {
            try await client.updateCustomFields(orderID: "1042",
                                                fields: [CustomField(name: "Renewal Reminder", value: "maybe", kind: .boolean)])
        }
        await #expect(throws: OrderError.self) {
            try await client.updateCustomFields(orderID: "1042", fields: [CustomField(name: "Nope", value: "x")])
        }

        let itemID = try #require(try await client.items(orderID: "1042").first?.id)
        let characteristics = try await client.characteristics(orderID: "1042", itemID: itemID)
        #expect(characteristics.map(\.name) == ["Domain", "Seats Reserved", "Data Centre Region"])
        let changed = try await client.updateCharacteristics(
            orderID: "1042", itemID: itemID, fields: [CustomField(name: "Seats Reserved", value: "12", kind: .number)])
        #expect(changed.first { $0.name == "Seats Reserved" }?.value == "12")
        await #expect(throws: OrderError.self) {
            try await client.updateCharacteristics(orderID: "1042", itemID: itemID,
                                                   fields: [CustomField(name: "Seats Reserved", value: "many")])
        }
    }

    @Test func draftsAreDeletedSevenDaysAfterTheirOrderDate() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let draft = try await client.createDraft(customerID: "1001")
        sandbox.clock.advance(by: 7 * 24 * 3600 - 60)
        #expect(try await client.order(id: draft.id).phase == .draft)
        sandbox.clock.advance(by: 61)
        await #expect(throws: OrderError.self) { try await client.order(id: draft.id) }
        #expect(!(try await client.orders(stage: .draft)).contains { $0.id == draft.id })
    }

    @Test func freeEditionReadsButEveryWriteIs403() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client(username: DemoCredentials.freeEditionUsername, freeEdition: true)
        #expect(client.capabilities.readOnlyReason != nil)
        let orders = try await client.orders(stage: .all)
        #expect(!orders.isEmpty)
        let fields = try await client.customFields(orderID: try #require(orders.first?.id))
        #expect(fields.map(\.name) == ["PO Number", "Cost Center", "Delivery Priority"])
        let draftID = try #require(orders.first { $0.phase == .draft }?.id)
        let writes: [@Sendable () async throws -> Void] = [
            { _ = try await client.createDraft(customerID: "2001") },
            { _ = try await client.addItem(orderID: draftID, offerID: "MS365-E3", quantity: 1) },
            { _ = try await client.place(orderID: draftID) },
            { _ = try await client.updateCustomFields(orderID: draftID, fields: [CustomField(name: "PO Number", value: "1")]) },
        ]
        for write in writes {
            do {
                try await write()
                Issue.record("a Free-edition write was accepted")
            } catch let error as OrderError {
                guard case .forbidden(let detail) = error else { Issue.record("expected 403, got \(error)"); continue }
                #expect(detail.contains("Free Edition"))
            }
        }
    }
}
