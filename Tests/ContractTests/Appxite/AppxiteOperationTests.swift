import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `POST /orders/operation`: each operation a cart order offers, and every refusal.
@Suite struct AppxiteOperationTests {
    private static let formData = #"{"quantityBox1": 1, "ChargePeriod": {"offerId": "3d800b57-0958-4d86-a6a6-144243908f4f", "offerRulePricingId": "57066ba2-04e7-4610-8517-cff8d1953104", "pricingFrequency": "Monthly", "offerRuleFrequency": "Monthly", "offerRuleCustomFrequencyMonths": 1}}"#

    private static func operation(_ operations: String, orderID: String, itemID: String,
                                  offerID: String = SandboxHarness.appxiteOffice, formData: String = formData,
                                  extra: String = "") -> String {
        #"{"OrderId": "\#(orderID)", "OfferId": "\#(offerID)", "OrderItemId": "\#(itemID)", "FormData": \#(formData), \#(extra)"Operations": \#(operations)}"#
    }

    /// A fresh cart order holding one item of the seed's example offer, quantity 1.
    private func cart(_ sandbox: SandboxHarness, itemID: String = UUID().uuidString) async throws -> String {
        let order = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.post, "/orders/", body: sandbox.appxiteAddBody(itemID: itemID)))
        return try #require(order["OrderId"] as? String)
    }

    @Test func placeOrderExecutesTheCartAndIsThenNoLongerAllowed() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let orderID = try await cart(sandbox, itemID: "i-1")
        let placed = try await sandbox.appxiteRaw(.post, "/orders/operation",
                                                  body: Self.operation(#"["place_order"]"#, orderID: orderID, itemID: "i-1"))
        #expect(placed.status == 200)
        #expect(try sandbox.appxiteJSON(placed)["Status"] as? String == "provision_started")
        #expect(try sandbox.appxiteJSON(placed)["Operations"] as? [String] == [])
        let again = try await sandbox.appxiteRaw(.post, "/orders/operation",
                                                 body: Self.operation(#"["place_order"]"#, orderID: orderID, itemID: "i-1"))
        #expect(again.status == 409)
        #expect(again.text.contains("Operation place_order is not allowed on order \(orderID) (status provision_started); allowed now: none"))
        await #expect(throws: OrderError.conflict(detail: "order AX-100001 is provision_finished and does not offer place_order (allowed: none)")) {
            try await sandbox.appxiteClient().place(orderID: "AX-100001")
        }
    }

    @Test func operationRefusalsNameWhatIsWrong() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let orderID = try await cart(sandbox, itemID: "i-1")
        let changedForm = Self.formData.replacingOccurrences(of: #""quantityBox1": 1"#, with: #""quantityBox1": 2"#)
        let refusals: [(body: String, status: Int, message: String)] = [
            (Self.operation(#"["explode"]"#, orderID: orderID, itemID: "i-1"), 400,
             "Unknown operation 'explode'; operations are place_order, delete, update, schedule_order, create_quote"),
            (Self.operation(#"["place_order", "create_quote"]"#, orderID: orderID, itemID: "i-1"), 400,
             "Operations must name exactly one operation"),
            (Self.operation("[]", orderID: orderID, itemID: "i-1"), 400, "Operations must name exactly one operation"),
            (Self.operation(#"["place_order"]"#, orderID: "", itemID: "i-1"), 400, "OrderId is required: copy it from the create order response"),
            (Self.operation(#"["place_order"]"#, orderID: "AX-999999", itemID: "i-1"), 404, "Order AX-999999 does not exist in this organization"),
            (Self.operation(#"["place_order"]"#, orderID: orderID, itemID: "other"), 400,
             "OrderItemId 'other' is not an item of order \(orderID)"),
            (Self.operation(#"["place_order"]"#, orderID: orderID, itemID: "i-1", offerID: SandboxHarness.appxiteAcronis), 400,
             "OfferId must be the same offer the item was added with"),
            (Self.operation(#"["place_order"]"#, orderID: orderID, itemID: "i-1", formData: changedForm), 400,
             "FormData must be the same as when the item was added; use the update operation to change it"),
            (Self.operation(#"["place_order"]"#, orderID: "AX-100005", itemID: "seed-100005-1"), 409,
             "Operation place_order is not allowed on order AX-100005 (status awaiting_approval); allowed now: none"),
        ]
        for refusal in refusals {
            let response = try await sandbox.appxiteRaw(.post, "/orders/operation", body: refusal.body)
            #expect(response.status == refusal.status, "\(refusal.message)")
            #expect(response.text.contains(refusal.message), "\(response.text)")
        }
        #expect(try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders/\(orderID)"))["Status"] as? String == "cart")
    }

    @Test func updateReplacesTheFormDataAndPrice() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let orderID = try await cart(sandbox, itemID: "i-1")
        let fourAnnual = Self.formData.replacingOccurrences(of: #""quantityBox1": 1"#, with: #""quantityBox1": 4"#)
            .replacingOccurrences(of: "57066ba2-04e7-4610-8517-cff8d1953104", with: "b2f0c3d4-6a7e-4f81-9c02-5d3e8a1b7c60")
            .replacingOccurrences(of: #""offerRuleFrequency": "Monthly", "offerRuleCustomFrequencyMonths": 1"#,
                                  with: #""offerRuleFrequency": "Annual", "offerRuleCustomFrequencyMonths": 12"#)
        let updated = try await sandbox.appxiteRaw(.post, "/orders/operation",
                                                   body: Self.operation(#"["update"]"#, orderID: orderID, itemID: "i-1", formData: fourAnnual))
        #expect(updated.status == 200)
        let item = try #require((try sandbox.appxiteJSON(updated)["Items"] as? [[String: Any]])?.first)
        #expect(item["Quantity"] as? Int == 4)
        #expect((item["UnitPrice"] as? NSNumber)?.doubleValue == 10.4)
        let invalid = try await sandbox.appxiteRaw(.post, "/orders/operation", body: Self.operation(
            #"["update"]"#, orderID: orderID, itemID: "i-1",
            formData: Self.formData.replacingOccurrences(of: #""quantityBox1": 1"#, with: #""quantityBox1": 0"#)))
        #expect(invalid.status == 400)
        #expect(invalid.text.contains("FormData.quantityBox1 must be a whole number from 1 to 300"))
        let stale = try await sandbox.appxiteRaw(.post, "/orders/operation",
                                                 body: Self.operation(#"["place_order"]"#, orderID: orderID, itemID: "i-1"))
        #expect(stale.status == 400)
        let placed = try await sandbox.appxiteRaw(.post, "/orders/operation", body: Self.operation(
            #"["place_order"]"#, orderID: orderID, itemID: "i-1", formData: fourAnnual))
        #expect(placed.status == 200)
    }

    @Test func deleteRemovesTheItemAndTheOrderWithItsLastItem() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let orderID = try await cart(sandbox, itemID: "i-1")
        _ = try await sandbox.appxiteRaw(.post, "/orders/", body: sandbox.appxiteAddBody(itemID: "i-2", orderID: orderID))
        let first = try await sandbox.appxiteRaw(.post, "/orders/operation",
                                                 body: Self.operation(#"["delete"]"#, orderID: orderID, itemID: "i-1"))
        #expect(first.status == 200)
        #expect((try sandbox.appxiteJSON(first)["Items"] as? [[String: Any]])?.compactMap { $0["OrderItemId"] as? String } == ["i-2"])
        let last = try await sandbox.appxiteRaw(.post, "/orders/operation",
                                                body: Self.operation(#"["delete"]"#, orderID: orderID, itemID: "i-2"))
        #expect(last.status == 204)
        #expect(try await sandbox.appxiteRaw(.get, "/orders/\(orderID)").status == 404)
    }

    @Test func scheduleOrderPlacesItselfWhenItsTimeComes() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let orderID = try await cart(sandbox, itemID: "i-1")
        let format = Date.ISO8601FormatStyle()
        let past = sandbox.clock.now().addingTimeInterval(-60).formatted(format)
        let refused = try await sandbox.appxiteRaw(.post, "/orders/operation", body: Self.operation(
            #"["schedule_order"]"#, orderID: orderID, itemID: "i-1", extra: #""ScheduledFor": "\#(past)", "#))
        #expect(refused.status == 400)
        #expect(refused.text.contains("schedule_order needs ScheduledFor, a date in the future"))
        let later = sandbox.clock.now().addingTimeInterval(3600).formatted(format)
        let scheduled = try await sandbox.appxiteRaw(.post, "/orders/operation", body: Self.operation(
            #"["schedule_order"]"#, orderID: orderID, itemID: "i-1", extra: #""ScheduledFor": "\#(later)", "#))
        #expect(try sandbox.appxiteJSON(scheduled)["Status"] as? String == "scheduled")
        let client = sandbox.appxiteClient()
        #expect(try await client.order(id: orderID).phase == .draft)
        sandbox.clock.advance(by: 3600)
        #expect(try await client.order(id: orderID).phase == .processing)
        sandbox.clock.advance(by: 4)
        #expect(try await client.order(id: orderID).phase == .completed)
    }

    @Test func createQuotePricesTheCartWithoutPlacingIt() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let seededCart = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders/AX-100007"))
        let item = try #require((seededCart["Items"] as? [[String: Any]])?.first)
        let formData = String(decoding: try JSONSerialization.data(withJSONObject: item["FormData"]!), as: UTF8.self)
        let quote = try await sandbox.appxiteRaw(.post, "/orders/operation", body: Self.operation(
            #"["create_quote"]"#, orderID: "AX-100007", itemID: "seed-100007-1", formData: formData))
        #expect(quote.status == 200)
        #expect((try sandbox.appxiteJSON(quote)["Total"] as? NSNumber)?.doubleValue == 194)
        #expect(try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders/AX-100007"))["Status"] as? String == "cart")

        let client = sandbox.appxiteClient()
        let cart = sandbox.appxiteCart([sandbox.appxiteLine(quantity: 10),
                                        sandbox.appxiteLine(SandboxHarness.appxiteAcronis, quantity: 4)])
        let preview = try await client.preview(cart: cart)
        #expect(preview.total == Money(amount: Decimal(string: "152.60")!, currency: "EUR"))
        #expect(preview.lines.map(\.quantity) == [10, 4])
        #expect(preview.lines.map(\.name) == ["Microsoft 365 Business Standard", "Acronis Cyber Protect Cloud"])
        #expect(try await client.orders(stage: .draft).map(\.id) == ["AX-100007"])
        #expect(try await client.findPlaced(idempotencyKey: client.idempotencyKey(for: cart)) == nil)
    }
}
