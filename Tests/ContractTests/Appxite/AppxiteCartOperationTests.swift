import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// The cart operations offered on server-side cart orders (`update` per item,
/// `schedule_order`, `create_quote`), offered only where the order's own list allows them.
@Suite struct AppxiteCartOperationTests {
    private static let seededCart = "AX-100007"

    private func operation(_ id: String, of order: Order, client: AppxiteClient) throws -> OrderOperation {
        try #require(client.operations(for: order).first { $0.id == id })
    }

    @Test func operationsFollowTheOrdersOwnOperationsList() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let expected = ["update:seed-100007-1", "update:seed-100007-2", "schedule_order", "create_quote"]
        let listed = try #require(try await client.orders(stage: .draft).first { $0.id == Self.seededCart })
        #expect(client.operations(for: listed).map(\.id) == expected)
        #expect(client.operations(for: try await client.order(id: Self.seededCart)).map(\.id) == expected)
        #expect(client.operations(for: listed).first?.title == "Change Microsoft 365 Business Standard")
        #expect(client.operations(for: try await client.order(id: "AX-100001")).isEmpty)
        var unread = listed
        unread.rawPayload = nil
        #expect(client.operations(for: unread).isEmpty)
    }

    @Test func updateEditsTheItemsFormDataFromItsCurrentValues() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let update = try operation("update:seed-100007-2", of: try await client.order(id: Self.seededCart), client: client)
        #expect(update.hasForm && !update.confirms)
        let form = try await client.operationForm(update, orderID: Self.seededCart)
        #expect(form.map(\.key) == ["quantityBox1", "ChargePeriod", "dataCenterLocation", "licenseTier"])
        #expect(form.map(\.value) == ["10", "0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b", "1", "1"])
        let changed = try await client.perform(update, orderID: Self.seededCart,
                                               fields: form.filled(["quantityBox1": "12", "dataCenterLocation": "3"]))
        #expect(changed.items.map(\.quantity) == [10, 12])
        #expect(changed.status == "cart")
        let raw = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders/\(Self.seededCart)"))
        let formData = try #require((raw["Items"] as? [[String: Any]])?.last?["FormData"] as? [String: Any])
        #expect(formData["dataCenterLocation"] as? Int == 3)
        #expect(formData["quantityBox1"] as? Int == 12)

        await #expect(throws: OrderError.rejected(detail: "Quantity is at most 1000.")) {
            try await client.perform(update, orderID: Self.seededCart, fields: form.filled(["quantityBox1": "5000"]))
        }
        await #expect(throws: OrderError.rejected(detail: "Data centre location is one of Frankfurt (DE), Amsterdam (NL), Stockholm (SE).")) {
            try await client.perform(update, orderID: Self.seededCart, fields: form.filled(["dataCenterLocation": "9"]))
        }
    }

    @Test func scheduleStoresTheDayAndThePlacementHappensThenOnTheSandboxClock() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let schedule = try operation("schedule_order", of: try await client.order(id: Self.seededCart), client: client)
        let form = try await client.operationForm(schedule, orderID: Self.seededCart)
        #expect(form.map(\.key) == ["ScheduledFor"])
        #expect(form.first?.kind == .date && form.first?.required == true)
        #expect(!schedule.warning.isEmpty)

        await #expect(throws: OrderError.rejected(detail: "ScheduledFor 2020-01-01 has begun or passed; choose a day after today")) {
            try await client.perform(schedule, orderID: Self.seededCart, fields: form.filled(["ScheduledFor": "2020-01-01"]))
        }
        let day = Date().addingTimeInterval(3 * 24 * 3600)
        let text = day.formatted(Date.ISO8601FormatStyle().year().month().day())
        let scheduled = try await client.perform(schedule, orderID: Self.seededCart, fields: form.filled(["ScheduledFor": text]))
        #expect(scheduled.status == "scheduled")
        #expect(scheduled.phase == .draft)
        #expect(client.operations(for: scheduled).isEmpty)
        let details = try await client.details(orderID: Self.seededCart)
        #expect(details.first?.rows.first == DetailSection.Row("Scheduled for", text))

        let midnight = try Date.ISO8601FormatStyle().year().month().day().parse(text)
        sandbox.clock.advance(by: midnight.timeIntervalSince(sandbox.clock.now()) - 60)
        #expect(try await client.order(id: Self.seededCart).status == "scheduled")
        sandbox.clock.advance(by: 61)
        #expect(try await client.order(id: Self.seededCart).status == "provision_started")
        sandbox.clock.advance(by: 4)
        #expect(try await client.order(id: Self.seededCart).phase == .completed)
    }

    @Test func quotePreviewsTheCartOrderPricedAndPlacesNothing() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let quote = try operation("create_quote", of: try await client.order(id: Self.seededCart), client: client)
        #expect(quote.previews && !quote.hasForm)
        let lines = try await client.previewOperation(quote, orderID: Self.seededCart, fields: [])
        #expect(lines == ["Microsoft 365 Business Standard ×10 at 12.50 EUR: 125.00 EUR",
                          "Acronis Cyber Protect Cloud ×10 at 6.90 EUR: 69.00 EUR",
                          "Total 194.00 EUR", "Priced by Appxite create_quote; nothing was placed."])
        let after = try await client.perform(quote, orderID: Self.seededCart, fields: [])
        #expect(after.status == "cart")
        #expect(try await client.quote(orderID: Self.seededCart).total == Money(amount: 194, currency: "EUR"))
    }

    @Test func detailsShowEachItemsFormDataByKeyAndItsSubscription() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let sections = try await sandbox.appxiteClient().details(orderID: "AX-100002")
        #expect(sections.map(\.title) == ["Acronis Cyber Protect Cloud ×40", "Microsoft 365 Business Standard ×5"])
        let rows = Dictionary(uniqueKeysWithValues: sections[0].rows.map { ($0.label, $0.value) })
        #expect(rows["dataCenterLocation"] == "1 (Frankfurt (DE))")
        #expect(rows["licenseTier"] == "1 (Standard)")
        #expect(rows["quantityBox1"] == "40")
        #expect(rows["ChargePeriod.pricingFrequency"] == "Monthly")
        #expect(rows["Subscription"] == "SUB-seed-100002-1 (active)")
        #expect(sections[1].rows.last == DetailSection.Row("Subscription", "SUB-seed-100002-2 (disabled)", tone: .warning))
    }
}
