import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// Every refusal of the Adility sandbox, each as the one-line `OrderError` the client
/// turns it into (or, where no well-behaved client can provoke it, as the raw answer).
@Suite struct AdilityRefusalTests {
    @Test func missingApiKeyIsRefusedWith401InTheCallersFormat() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let json = try await sandbox.raw(.get, "/orders", apiKey: nil)
        #expect(json.status == 401)
        let error = try #require(try sandbox.json(json, root: "error") as? [String: Any])
        #expect(error["message"] as? String == "Missing X-ADILITY-API-KEY header: send your distributor API key with every request.")
        let xml = try await sandbox.raw(.get, "/offers", accept: "application/xml", apiKey: nil)
        #expect(xml.status == 401)
        #expect(xml.text.contains("<error><message>Missing X-ADILITY-API-KEY header"))
        #expect(try await sandbox.raw(.get, "/offers/deal-sf-spa", apiKey: "").status == 401)
    }

    @Test func wrongApiKeyBecomesAuthenticationRefusedWithoutTheKey() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        for format in AdilityFormat.allCases {
            let client = sandbox.client(format, apiKey: "not-the-key-42")
            do {
                _ = try await client.orders(stage: .all)
                Issue.record("a wrong API key was accepted")
            } catch let error as OrderError {
                #expect(error == .authenticationRefused(account: "adility-test",
                                                        detail: "The X-ADILITY-API-KEY is not a valid distributor API key"))
                #expect(!error.message.contains("not-the-key-42"))
            }
            await #expect(throws: OrderError.self) { try await client.place(cart: AdilityHarness.cart([("deal-sf-spa", 1)])) }
        }
        #expect(try await sandbox.client().orders(stage: .all).count == 4)
    }

    @Test func duplicateOrderNumberIsRefusedAndBuysNothing() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let cart = AdilityHarness.cart([("deal-sf-dinner", 1)])
        let first = try await client.place(cart: cart)
        for format in AdilityFormat.allCases {
            await #expect(throws: OrderError.conflict(
                detail: "order_number \(cart.id) was already used by order \(first.id); send a new number for a new order")) {
                try await sandbox.client(format).place(cart: cart)
            }
        }
        await #expect(throws: OrderError.conflict(
            detail: "order_number seed-0001 was already used by order 100001; send a new number for a new order")) {
            try await client.place(cart: AdilityHarness.cart([("deal-sf-spa", 1)], id: "seed-0001"))
        }
        #expect(try await client.orders(stage: .all).count == 5)
        #expect(try await stock(sandbox, "deal-sf-dinner") == 4)
    }

    @Test func unknownOfferIsRefused() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        await #expect(throws: OrderError.rejected(detail: "Offer deal-nowhere does not exist")) {
            try await sandbox.client(.xml).place(cart: AdilityHarness.cart([("deal-sf-spa", 1), ("deal-nowhere", 1)]))
        }
        #expect(try await stock(sandbox, "deal-sf-spa") == 38)
    }

    @Test func zeroQuantityIsRefused() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        for quantity in [0, -1] {
            await #expect(throws: OrderError.rejected(detail: "quantity for offer deal-sf-spa must be at least 1")) {
                try await sandbox.client().place(cart: AdilityHarness.cart([("deal-sf-spa", quantity)]))
            }
        }
    }

    @Test func outOfStockIsRefusedAndPlacingTakesStock() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        await #expect(throws: OrderError.conflict(detail: "Offer deal-la-surf is out of stock: 0 left, 1 ordered")) {
            try await client.place(cart: AdilityHarness.cart([("deal-la-surf", 1)]))
        }
        #expect(try await stock(sandbox, "deal-sf-dinner") == 5)
        _ = try await client.place(cart: AdilityHarness.cart([("deal-sf-dinner", 2)]))
        #expect(try await stock(sandbox, "deal-sf-dinner") == 3)
        await #expect(throws: OrderError.conflict(detail: "Offer deal-sf-dinner is out of stock: 3 left, 4 ordered")) {
            try await client.place(cart: AdilityHarness.cart([("deal-sf-dinner", 2), ("deal-sf-dinner", 2)]))
        }
        #expect(try await stock(sandbox, "deal-sf-dinner") == 3)
    }

    @Test func expiredOfferIsRefused() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        await #expect(throws: OrderError.conflict(detail: "Offer deal-ny-show is expired and can no longer be ordered")) {
            try await sandbox.client().place(cart: AdilityHarness.cart([("deal-ny-show", 1)]))
        }
    }

    @Test func customerNameAndItemsAreRequired() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client(.xml)
        await #expect(throws: OrderError.rejected(detail: "customer_name is required: name the consumer the vouchers are for")) {
            try await client.place(cart: AdilityHarness.cart([("deal-sf-spa", 1)], customer: " "))
        }
        await #expect(throws: OrderError.rejected(detail: "items is empty: order at least one offer_id with a quantity")) {
            try await client.place(cart: AdilityHarness.cart([]))
        }
        let missingNumber = try await sandbox.raw(.post, "/orders", body: #"{"order": {"customer_name": "A", "items": [{"offer_id": "deal-sf-spa", "quantity": 1}]}}"#)
        #expect(missingNumber.status == 400)
        #expect(missingNumber.text.contains("order_number is required"))
    }

    @Test func malformedBodiesAreRefusedWithWhatIsWrong() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let unwrapped = try await sandbox.raw(.post, "/orders", body: #"{"order_number": "x", "customer_name": "A", "items": []}"#)
        #expect(unwrapped.status == 400)
        #expect(unwrapped.text.contains(#"Wrap the body in a root \"order\" key"#))
        let wrongRoot = try await sandbox.raw(.post, "/orders", body: "<?xml version=\"1.0\"?><purchase><status>x</status></purchase>",
                                              contentType: "application/xml", accept: "application/xml")
        #expect(wrongRoot.status == 400)
        #expect(wrongRoot.text.contains("root &lt;order&gt; element"))
        let notJSON = try await sandbox.raw(.post, "/orders", body: "{\"order\": ")
        #expect(notJSON.status == 400)
        #expect(notJSON.text.contains("not the expected JSON"))
        let wrongType = try await sandbox.raw(.post, "/orders", body: #"{"order": {"order_number": "x", "customer_name": "A", "items": [{"offer_id": "deal-sf-spa", "quantity": "two"}]}}"#)
        #expect(wrongType.status == 400)
        #expect(wrongType.text.contains("wrong type at order.items"))
        let badXML = try await sandbox.raw(.post, "/orders", body: "<order><order_number>", contentType: "application/xml")
        #expect(badXML.status == 400)
        #expect(badXML.text.contains("not the expected XML: unreadable XML"))
        let xmlLabelledJSON = try await sandbox.raw(.put, "/orders/100001", body: "<order><status>cancelled</status></order>")
        #expect(xmlLabelledJSON.status == 400)
        #expect(xmlLabelledJSON.text.contains("not the expected JSON: unreadable JSON"))
        let unnamed = try await sandbox.raw(.post, "/orders", body: "order_number=x", contentType: "text/plain")
        #expect(unnamed.status == 415)
        let empty = try await sandbox.raw(.put, "/orders/100001", body: "")
        #expect(empty.status == 400)
    }

    @Test func unknownOrderIsNotFound() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        for format in AdilityFormat.allCases {
            await #expect(throws: OrderError.notFound(detail: "Order 999 does not exist")) {
                try await sandbox.client(format).order(id: "999")
            }
            await #expect(throws: OrderError.notFound(detail: "Order 999 does not exist")) {
                try await sandbox.client(format).cancel(orderID: "999")
            }
        }
    }

    @Test func cancellingTwiceIsRefused() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        await #expect(throws: OrderError.conflict(detail: "Order 100003 is already cancelled")) {
            try await sandbox.client().cancel(orderID: "100003")
        }
    }

    @Test func orderWithARedeemedVoucherCannotBeCancelled() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client(.xml)
        let before = try await client.order(id: "100002")
        #expect(before.items.map(\.status) == ["1 redeemed, 1 acquired"])
        await #expect(throws: OrderError.conflict(
            detail: "Order 100002 cannot be cancelled: voucher V500003 has already been redeemed")) {
            try await client.cancel(orderID: "100002")
        }
        let after = try await client.order(id: "100002")
        #expect(after.status == "active")
        #expect(after.items == before.items)
    }

    @Test func onlyTheCancelledStatusCanBeSent() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        for body in [#"{"order": {"status": "active"}}"#, #"{"order": {"customer_name": "B"}}"#] {
            let response = try await sandbox.raw(.put, "/orders/100001", body: body)
            #expect(response.status == 400)
            #expect(response.text.contains("Only {\\\"status\\\": \\\"cancelled\\\"} can be sent"))
        }
        #expect(try await sandbox.client().order(id: "100001").status == "active")
    }

    @Test func listAndSearchParametersAreChecked() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let cases: [(String, [(String, String)], String)] = [
            ("/orders", [("page", "0")], "page must be 1 or more"),
            ("/orders", [("page", "first")], "page must be a whole number"),
            ("/orders", [("per_page", "101")], "per_page must be between 1 and 100"),
            ("/offers", [("radius", "10")], "Send one location"),
            ("/offers", [("location", "37.7,-122.4"), ("radius", "10")], "Send one location"),
            ("/offers", [("lat", "37.7"), ("lng", "-122.4")], "radius is required"),
            ("/offers", [("lat", "north"), ("lng", "-122.4"), ("radius", "10")], "lat and lng go together, in degrees"),
            ("/offers", [("lat", "37.7"), ("lng", "-122.4"), ("radius", "-1")], "radius must be a positive number"),
        ]
        for (path, query, message) in cases {
            let response = try await sandbox.raw(.get, path, query: query)
            #expect(response.status == 400, "\(path) \(query)")
            #expect(response.text.contains(message), "\(path) \(query)")
        }
    }

    private func stock(_ sandbox: AdilityHarness, _ offerID: String) async throws -> Int? {
        let offer = try sandbox.json(try await sandbox.raw(.get, "/offers/\(offerID)"), root: "offer") as? [String: Any]
        return offer?["quantity_in_stock"] as? Int
    }
}
