import Foundation
import OrderKit
import PayloadText
import Providers
import Sandbox
import Testing

/// The Adility client against the sandbox: every endpoint of seed 003 and the console's
/// additions (order list, lookup by order number), in JSON and XML.
@Suite struct AdilityContractTests {
    @Test func placingDealsIssuesOneVoucherPerUnitAndReadsBack() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let cart = AdilityHarness.cart([("deal-sf-spa", 3)], customer: "Ada Lovelace")

        let placed = try await client.place(cart: cart)
        #expect(placed.status == "active")
        #expect(placed.phase == .completed)
        #expect(placed.customerName == "Ada Lovelace")
        #expect(placed.createdAt == sandbox.clock.now())
        #expect(placed.total == Money(amount: 135, currency: "USD"))
        #expect(placed.items.map(\.status) == ["3 acquired"])
        #expect(placed.items.map(\.name) == ["Half-price spa day"])

        let read = try await client.order(id: placed.id)
        #expect(read.items == placed.items)
        #expect(read.status == "active")

        let raw = try await sandbox.raw(.get, "/orders/\(placed.id)")
        let order = try #require(try sandbox.json(raw, root: "order") as? [String: Any])
        #expect(order["order_number"] as? String == cart.id)
        #expect(order["vouchers"] == nil, "vouchers sit on the items")
        let items = try #require(order["items"] as? [[String: Any]])
        #expect(Set(items.flatMap(\.keys)) == ["offer_id", "quantity", "vouchers"])
        let vouchers = items.flatMap { $0["vouchers"] as? [[String: Any]] ?? [] }
        #expect(vouchers.count == 3)
        #expect(Set(vouchers.compactMap { $0["id"] as? String }).count == 3)
        let fields = ["id", "offer_id", "redemption_code", "customer_name", "status", "acquired_at", "redeemed_at",
                      "cancelled_at", "expiration_date", "barcode", "print_url"]
        for voucher in vouchers {
            #expect(Set(voucher.keys) == Set(fields))
            #expect(voucher["status"] as? String == "acquired")
            #expect(voucher["customer_name"] as? String == "Ada Lovelace")
            #expect(voucher["redeemed_at"] is NSNull)
            #expect((voucher["barcode"] as? [String: Any])?["url"] is String, "the barcode is an image object")
        }
    }

    @Test func giftCardsIssueVouchersAndCouponsNone() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let placed = try await sandbox.client().place(cart: AdilityHarness.cart([("coupon-sf-pastry", 2),
                                                                                 ("gift-la-books", 1)]))
        #expect(placed.items.map(\.status) == ["active", "1 acquired"])
        let order = try #require(try sandbox.json(try await sandbox.raw(.get, "/orders/\(placed.id)"),
                                                  root: "order") as? [String: Any])
        let items = try #require(order["items"] as? [[String: Any]])
        #expect(items.map { ($0["vouchers"] as? [Any])?.count } == [0, 1])
    }

    @Test func theSameCartInJSONAndXMLGivesTheSameOrder() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let lines = [("deal-sf-dinner", 2), ("coupon-sf-pastry", 1)]
        let viaJSON = try await sandbox.client(.json).place(cart: AdilityHarness.cart(lines, customer: "Grace Hopper"))
        let viaXML = try await sandbox.client(.xml).place(cart: AdilityHarness.cart(lines, customer: "Grace Hopper"))
        #expect(viaXML.id != viaJSON.id)
        #expect(viaXML.status == viaJSON.status)
        #expect(viaXML.phase == viaJSON.phase)
        #expect(viaXML.customerName == viaJSON.customerName)
        #expect(viaXML.createdAt == viaJSON.createdAt)
        #expect(viaXML.total == viaJSON.total)
        #expect(viaXML.items.map(\.offerID) == viaJSON.items.map(\.offerID))
        #expect(viaXML.items.map(\.quantity) == viaJSON.items.map(\.quantity))
        #expect(viaXML.items.map(\.unitPrice) == viaJSON.items.map(\.unitPrice))
        #expect(viaXML.items.map(\.status) == ["2 acquired", "active"])
        #expect(viaJSON.items.map(\.status) == viaXML.items.map(\.status))
        #expect(viaXML.total == Money(amount: 70, currency: "USD"))
        #expect(viaXML.rawPayload.map(ReadablePayload.text)?.contains("<vouchers>") == true)

        let cancelled = try await sandbox.client(.xml).cancel(orderID: viaXML.id)
        #expect(cancelled.phase == .cancelled)
        #expect(try await sandbox.client(.json).order(id: viaXML.id).items.map(\.status) == ["2 cancelled", "cancelled"])
    }

    @Test func bodiesAreWrappedInTheirRootInBothFormats() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let xmlBody = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <order><order_number>xml-1</order_number><customer_name>John Smith</customer_name>
            <items><item><offer_id>deal-oak-climb</offer_id><quantity>2</quantity></item></items></order>
            """
        let xml = try await sandbox.raw(.post, "/orders", body: xmlBody, contentType: "application/xml",
                                        accept: "application/xml")
        #expect(xml.status == 201)
        #expect(xml.header("Content-Type")?.hasPrefix("application/xml") == true)
        #expect(xml.text.contains("<order><id>"))
        #expect(xml.text.contains("<quantity>2</quantity><vouchers><voucher>"))
        #expect(xml.text.components(separatedBy: "<voucher>").count == 3)

        let mixed = try await sandbox.raw(.get, "/orders", query: [("order_number", "xml-1")], accept: "application/json")
        let orders = try #require(try sandbox.json(mixed, root: "orders") as? [[String: Any]])
        #expect(orders.map { $0["customer_name"] as? String } == ["John Smith"])
    }

    @Test func cancelCancelsTheOrderAndEveryVoucher() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let placed = try await client.place(cart: AdilityHarness.cart([("deal-sf-spa", 2), ("deal-oak-climb", 1)]))
        sandbox.clock.advance(by: 3600)
        let cancelled = try await client.cancel(orderID: placed.id)
        #expect(cancelled.status == "cancelled")
        #expect(cancelled.phase == .cancelled)
        #expect(cancelled.items.map(\.status) == ["2 cancelled", "1 cancelled"])
        #expect(cancelled.items.allSatisfy { $0.phase == .cancelled })

        let order = try #require(try sandbox.json(try await sandbox.raw(.get, "/orders/\(placed.id)"),
                                                  root: "order") as? [String: Any])
        let vouchers = (order["items"] as? [[String: Any]] ?? []).flatMap { $0["vouchers"] as? [[String: Any]] ?? [] }
        #expect(vouchers.count == 3)
        let expected = ISO8601DateFormatter().string(from: sandbox.clock.now())
        #expect(vouchers.allSatisfy { $0["status"] as? String == "cancelled" && $0["cancelled_at"] as? String == expected })
        #expect(try await client.order(id: placed.id).phase == .cancelled)
    }

    @Test func catalogOffersWhatCanBeBought() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let offers = try await sandbox.client().offers()
        #expect(offers.contains(Offer(id: "deal-sf-spa", name: "Half-price spa day",
                                      price: Money(amount: 45, currency: "USD"),
                                      facts: ["deal", "value $90.00", "38 in stock"])))
        #expect(Set(offers.map(\.id)) == ["deal-sf-spa", "deal-sf-dinner", "deal-oak-climb", "coupon-sf-pastry",
                                          "gift-la-books"])
        #expect(try await sandbox.client(.xml).offers() == offers)

        let listed = try #require(try sandbox.json(try await sandbox.raw(.get, "/offers", query: [("postal_code", "94103"), ("radius", "3000")]),
                                                   root: "offers") as? [[String: Any]])
        #expect(listed.count == 7)
        #expect(Set(listed.flatMap(\.keys)) == ["id", "title", "price", "value", "type", "quantity_in_stock", "status"])
        #expect(Set(listed.compactMap { $0["type"] as? String }) == ["deal", "coupon", "gift_card"])
    }

    @Test func catalogIsLimitedToTheAccountsArea() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let bayArea = AdilityArea(location: .point(latitude: 37.7749, longitude: -122.4194), radius: 15)
        let nearby = try await sandbox.client(area: bayArea).offers()
        #expect(Set(nearby.map(\.id)) == ["deal-sf-spa", "deal-sf-dinner", "deal-oak-climb", "coupon-sf-pastry"])
        let cityOnly = AdilityArea(location: .point(latitude: 37.7749, longitude: -122.4194), radius: 2)
        #expect(Set(try await sandbox.client(.xml, area: cityOnly).offers().map(\.id))
            == ["deal-sf-spa", "deal-sf-dinner", "coupon-sf-pastry"])
    }

    @Test func oneOfferWhateverItsStatus() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let expired = try await sandbox.client(.xml).offer(id: "deal-ny-show")
        #expect(expired == Offer(id: "deal-ny-show", name: "Broadway matinee", price: Money(amount: 60, currency: "USD"),
                                 facts: ["deal", "value $120.00", "10 in stock"]))
        let raw = try #require(try sandbox.json(try await sandbox.raw(.get, "/offers/deal-la-surf"), root: "offer")
            as? [String: Any])
        #expect(raw["quantity_in_stock"] as? Int == 0)
        let giftCard = try #require(try sandbox.json(try await sandbox.raw(.get, "/offers/gift-la-books"), root: "offer")
            as? [String: Any])
        #expect(giftCard["quantity_in_stock"] as? String == "19", "stock may come as text")
        let value = try #require(raw["value"] as? [String: Any])
        #expect(value["currency_code"] as? String == "USD" && value["amount"] as? Int == 8000)
        #expect(value["formatted_amount"] as? String == "$80.00")
        await #expect(throws: OrderError.notFound(detail: "Offer nope does not exist")) {
            try await sandbox.client().offer(id: "nope")
        }
    }

    @Test func orderListPagesNewestFirstAndHasNoDrafts() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let seeded = try await client.orders(stage: .all)
        #expect(seeded.map(\.customerName) == ["Katherine Johnson", "Alan Turing", "Grace Hopper", "Ada Lovelace"])
        #expect(Set(seeded.map(\.phase)) == [.completed, .cancelled])
        #expect(try await client.orders(stage: .draft).isEmpty)
        #expect(try await sandbox.client(.xml).orders(stage: .confirmed).map(\.id) == seeded.map(\.id))

        for index in 0..<(AdilityClient.pageSize + 1) {
            sandbox.clock.advance(by: 1)
            _ = try await client.place(cart: AdilityHarness.cart([("coupon-sf-pastry", 1)], customer: "Buyer \(index)"))
        }
        let all = try await client.orders(stage: .confirmed)
        #expect(all.count == seeded.count + AdilityClient.pageSize + 1)
        #expect(all.first?.customerName == "Buyer \(AdilityClient.pageSize)")
        #expect(Set(all.map(\.id)).count == all.count)

        let page = try await sandbox.raw(.get, "/orders", query: [("page", "2"), ("per_page", "2")])
        #expect(page.header("X-Total-Count") == String(all.count))
        let ids = try #require(try sandbox.json(page, root: "orders") as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids == all[2..<4].map(\.id))
    }

    @Test func findPlacedLooksUpTheOrderNumber() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        for format in AdilityFormat.allCases {
            let client = sandbox.client(format)
            let cart = AdilityHarness.cart([("deal-oak-climb", 1)])
            #expect(client.idempotencyKey(for: cart) == cart.id)
            #expect(try await client.findPlaced(idempotencyKey: cart.id) == nil)
            let placed = try await client.place(cart: cart)
            let found = try #require(try await client.findPlaced(idempotencyKey: cart.id))
            #expect(found.id == placed.id)
            #expect(found.items == placed.items)
            #expect(try await client.findPlaced(idempotencyKey: "seed-0002")?.customerName == "Grace Hopper")
        }
    }

    @Test func capabilitiesAndCustomers() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        #expect(client.kind == .adility)
        #expect(client.account == "adility-test")
        #expect(client.capabilities == Capabilities(cancelOrder: true, cancelItem: true, cancelItemPartsOnly: true, cancelCompleted: true,
                                                    customerList: false,
                                                    cancelNotice: AdilityClient.cancelNotice))
        await #expect(throws: OrderError.self) { try await client.customers() }
        await #expect(throws: OrderError.self) { try await client.createDraft(customerID: "x") }
        #expect(try await client.items(orderID: "100001").map(\.status) == ["2 acquired"])
    }
}
