import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `POST /orders/`: adding to the cart, and every refusal of a cart addition.
@Suite struct AppxiteCartTests {
    private static let allOperations = ["place_order", "delete", "update", "schedule_order", "create_quote"]
    private static let acronisPeriod = #""ChargePeriod": {"offerId": "a61c9e27-5d34-4b8f-8e10-c4b7f2d90e35", "offerRulePricingId": "0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b", "pricingFrequency": "Monthly", "offerRuleFrequency": "Monthly", "offerRuleCustomFrequencyMonths": 1}"#

    private static func acronisBody(_ choices: String) -> String {
        #"{"OfferId": "a61c9e27-5d34-4b8f-8e10-c4b7f2d90e35", "OrderItemId": "\#(UUID().uuidString)", "FormData": {"quantityBox1": 5, \#(choices)\#(acronisPeriod)}}"#
    }

    @Test func addToCartAnswersTheCartOrderWithItsOperations() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let response = try await sandbox.appxiteRaw(.post, "/orders/", body: sandbox.appxiteAddBody(itemID: "item-1", quantity: "4"))
        #expect(response.status == 201)
        let order = try sandbox.appxiteJSON(response)
        #expect((order["OrderId"] as? String)?.hasPrefix("AX-") == true)
        #expect(order["Status"] as? String == "cart")
        #expect(order["Operations"] as? [String] == Self.allOperations)
        #expect(order["OrganizationId"] as? String == sandbox.appxiteOrganization)
        let item = try #require((order["Items"] as? [[String: Any]])?.first)
        #expect(item["OrderItemId"] as? String == "item-1")
        #expect((item["FormData"] as? [String: Any])?["quantityBox1"] as? Int == 4)
        #expect(item["Quantity"] as? Int == 4)
        #expect((order["Total"] as? NSNumber)?.doubleValue == 50)
    }

    @Test func anOrderIdInTheBodyAddsToThatCartOrder() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let first = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.post, "/orders/", body: sandbox.appxiteAddBody()))
        let orderID = try #require(first["OrderId"] as? String)
        let second = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(
            .post, "/orders/", body: Self.acronisBody(#""dataCenterLocation": 2, "licenseTier": 1, "#).replacingOccurrences(
                of: #"{"OfferId""#, with: #"{"OrderId": "\#(orderID)", "OfferId""#)))
        #expect(second["OrderId"] as? String == orderID)
        #expect((second["Items"] as? [[String: Any]])?.count == 2)
    }

    @Test func cartAdditionRefusalsNameWhatIsWrong() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        _ = try await sandbox.appxiteRaw(.post, "/orders/", body: sandbox.appxiteAddBody(itemID: "taken"))
        let office = SandboxHarness.appxiteOffice
        let refusals: [(body: String, status: Int, message: String)] = [
            (#"{"OfferId": "nope", "OrderItemId": "x", "FormData": {}}"#, 400, "OfferId 'nope' is not a product of the catalog"),
            (#"{"OfferId": "\#(office)", "FormData": {}}"#, 400, "OrderItemId is required: generate a new unique id for each cart addition"),
            (sandbox.appxiteAddBody(itemID: "taken"), 409, "OrderItemId taken is already used; generate a new id for each cart addition"),
            (#"{"OfferId": "\#(office)", "OrderItemId": "x"}"#, 400, "FormData is required"),
            (sandbox.appxiteAddBody(quantity: "0"), 400, "FormData.quantityBox1 must be a whole number from 1 to 300"),
            (sandbox.appxiteAddBody(quantity: "\"2\""), 400, "FormData.quantityBox1 must be a whole number from 1 to 300"),
            (sandbox.appxiteAddBody(extra: #""seats": 3, "#), 400, "FormData key 'seats' is not part of the form of offer \(office)"),
            (#"{"OfferId": "\#(office)", "OrderItemId": "x", "FormData": {"quantityBox1": 1}}"#, 400,
             "FormData.ChargePeriod is required"),
            (sandbox.appxiteAddBody().replacingOccurrences(of: "57066ba2", with: "00000000"), 400,
             "FormData.ChargePeriod.offerRulePricingId is not a pricing of offer \(office)"),
            (sandbox.appxiteAddBody().replacingOccurrences(of: #""offerRuleFrequency": "Monthly""#, with: #""offerRuleFrequency": "Annual""#),
             400, "FormData.ChargePeriod does not match pricing 57066ba2-04e7-4610-8517-cff8d1953104"),
            (sandbox.appxiteAddBody().replacingOccurrences(of: #""offerId": "\#(office)""#, with: #""offerId": "other""#), 400,
             "FormData.ChargePeriod.offerId must be the ordered offer's id"),
            (Self.acronisBody(#""licenseTier": 1, "#), 400, "FormData.dataCenterLocation (Data centre location) is required"),
            (Self.acronisBody(#""dataCenterLocation": "Frankfurt (DE)", "licenseTier": 1, "#), 400,
             "FormData.dataCenterLocation must be an option id (a number such as 1), not a name"),
            (Self.acronisBody(#""dataCenterLocation": 9, "licenseTier": 1, "#), 400,
             "FormData.dataCenterLocation 9 is not an option"),
            (sandbox.appxiteAddBody(orderID: "AX-100001"), 409, "Order AX-100001 is provision_finished; items can be added only to a cart order"),
            (sandbox.appxiteAddBody(orderID: "AX-100008"), 404, "Order AX-100008 does not exist in this organization"),
            ("{nope", 400, "The request body is not the expected JSON"),
            ("", 400, "The request body is empty"),
        ]
        for refusal in refusals {
            let response = try await sandbox.appxiteRaw(.post, "/orders/", body: refusal.body)
            #expect(response.status == refusal.status, "\(refusal.message)")
            #expect(response.text.contains(refusal.message), "\(response.text)")
        }
    }

    @Test func clientRefusesLinesTheOfferFormCannotTake() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let refusals: [(CartLine, String)] = [
            (sandbox.appxiteLine("nope"), "offer nope (line) is not in the Appxite catalog"),
            (sandbox.appxiteLine(parameters: ["seats": "3"]), "'seats' is not a field of Microsoft 365 Business Standard; its fields are ChargePeriod"),
            (sandbox.appxiteLine(parameters: ["ChargePeriod": "Weekly"]),
             "Microsoft 365 Business Standard has no billing cycle 'Weekly'; choose one of Monthly billing, Monthly term; Monthly billing, Annual term"),
            (sandbox.appxiteLine(SandboxHarness.appxiteAcronis, parameters: ["dataCenterLocation": "Mars"]),
             "'Mars' is not a choice of Data centre location for Acronis Cyber Protect Cloud; choose one of Frankfurt (DE), Amsterdam (NL), Stockholm (SE)"),
        ]
        for (line, detail) in refusals {
            await #expect(throws: OrderError.rejected(detail: detail)) {
                try await client.place(cart: sandbox.appxiteCart([line]))
            }
        }
        await #expect(throws: OrderError.rejected(detail: "FormData.quantityBox1 must be a whole number from 1 to 300")) {
            try await client.place(cart: sandbox.appxiteCart([sandbox.appxiteLine(quantity: 301)]))
        }
        #expect(try await client.orders(stage: .draft).map(\.id) == ["AX-100007"])
    }

    @Test func lineParametersChooseBillingAndOptionsByNameOrId() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.appxiteClient()
        let annual = sandbox.appxiteLine(quantity: 10, parameters: ["ChargePeriod": "Annual"])
        let acronis = sandbox.appxiteLine(SandboxHarness.appxiteAcronis, quantity: 2,
                                          parameters: ["dataCenterLocation": "amsterdam (nl)", "licenseTier": "2"])
        let placed = try await client.place(cart: sandbox.appxiteCart([annual, acronis]))
        #expect(placed.items.map(\.unitPrice) == [Money(amount: Decimal(string: "10.40")!, currency: "EUR"),
                                                  Money(amount: Decimal(string: "6.90")!, currency: "EUR")])
        let raw = try sandbox.appxiteJSON(try await sandbox.appxiteRaw(.get, "/orders/\(placed.id)"))
        let forms = try #require(raw["Items"] as? [[String: Any]]).compactMap { $0["FormData"] as? [String: Any] }
        #expect((forms[0]["ChargePeriod"] as? [String: Any])?["offerRuleCustomFrequencyMonths"] as? Int == 12)
        #expect(forms[1]["dataCenterLocation"] as? Int == 2)
        #expect(forms[1]["licenseTier"] as? Int == 2)
    }
}
