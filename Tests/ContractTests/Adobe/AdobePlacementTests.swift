import Foundation
import OrderKit
import PayloadText
import Providers
import Sandbox
import Testing

/// Placing a local cart as a NEW order, pricing it with a PREVIEW, and the correlation-id
/// replay that keeps a retry from buying twice.
@Suite struct AdobePlacementTests {
    @Test func newAnswers1002ThenSettlesTo1000WithSubscriptions() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let placed = try await client.place(cart: sandbox.cart([("65304520CA01A12", 3), ("65304522CA01A12", 1)]))
        #expect(placed.status == "1002" && placed.phase == .processing)
        #expect(placed.items.map(\.id) == ["1", "2"])
        #expect(placed.rawPayload.map(ReadablePayload.text)?.contains(#""subscriptionId" : """#) == true)

        sandbox.clock.advance(by: 3)
        #expect(try await client.order(id: placed.id).phase == .processing)
        sandbox.clock.advance(by: 1)
        let done = try await client.order(id: placed.id)
        #expect(done.status == "1000" && done.phase == .completed)
        #expect(done.items.map(\.phase) == [.completed, .completed])
        #expect(done.customerName == "Northwind Creative Ltd")
        #expect(done.rawPayload.map(ReadablePayload.text)?.contains(#""subscriptionId" : """#) == false)
    }

    @Test func failingShareEndsInAFailureCode() async throws {
        let sandbox = try await AdobeHarness.start(failureRate: 1)
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        var codes = Set<String>()
        for _ in 0..<6 {
            let placed = try await client.place(cart: sandbox.cart([("65304520CA01A12", 1)]))
            sandbox.clock.advance(by: 4)
            let settled = try await client.order(id: placed.id)
            #expect(settled.phase == .failed)
            #expect(settled.items.allSatisfy { $0.phase == .failed && $0.status == settled.status })
            codes.insert(settled.status)
        }
        #expect(codes.isSubset(of: ["1004", "1010", "1012", "1014", "1020", "1022", "1024", "1026"]))
    }

    @Test func replayingACorrelationIDReturnsTheFirstAnswerAndCreatesNothing() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let first = try await sandbox.raw(.post, sandbox.ordersPath, body: AdobeHarness.body(),
                                          headers: ["X-Correlation-Id": "intent-1"])
        #expect(first.status == 201)
        sandbox.clock.advance(by: 10)
        let replay = try await sandbox.raw(.post, sandbox.ordersPath,
                                           body: AdobeHarness.body(lines: [(1, "65304522CA01A12", 7)]),
                                           headers: ["X-Correlation-Id": "intent-1"])
        #expect(replay.status == 201)
        #expect(replay.body == first.body)
        #expect(replay.object["status"] as? String == "1002")
        let orders = try await sandbox.client().orders(stage: .all)
        #expect(orders.count == 10)

        sandbox.clock.advance(by: 10 * 24 * 3600)
        let later = try await sandbox.raw(.post, sandbox.ordersPath, body: AdobeHarness.body(),
                                          headers: ["X-Correlation-Id": "intent-1"])
        #expect(later.status == 201 && later.object["orderId"] as? String != first.object["orderId"] as? String)
    }

    /// Adobe replays the first answer to a correlation id, so each placement is a new intent
    /// under a fresh one; the same cart placed twice is found by its `externalReferenceId`
    /// (the journal looks before placing again).
    @Test func eachPlacementIsANewIntentFoundByItsCartReference() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let cart = sandbox.cart([("65304768CA01A12", 2)], id: "cart-42")
        let first = try await client.place(cart: cart)
        sandbox.clock.advance(by: 1)
        let again = try await client.place(cart: cart)
        #expect(again.id != first.id)
        #expect(try await client.findPlaced(idempotencyKey: client.idempotencyKey(for: cart))?.id == again.id)
        #expect(try await client.findPlaced(idempotencyKey: "cart-never-placed") == nil)
    }

    @Test func previewWithFetchPricePricesAndStoresNothing() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let quote = try await client.preview(cart: sandbox.cart([("65304520CA01A12", 2), ("80004567EA01A12", 1)]))
        #expect(quote.lines.map(\.name) == ["line 1", "line 2"])
        #expect(quote.lines.first?.unitPrice == Money(amount: Decimal(string: "239.88")!, currency: "USD"))
        // A purchase 330 days before the customer's anniversary is invoiced for those days:
        // 239.88 × 330 / 365 = 216.88 a unit.
        #expect(quote.lines.first?.total == Money(amount: Decimal(string: "433.76")!, currency: "USD"))
        #expect(quote.total == Money(amount: Decimal(string: "759.13")!, currency: "USD"))

        let raw = try await sandbox.raw(.post, sandbox.ordersPath + "?fetch-price=true",
                                        body: AdobeHarness.body(type: "PREVIEW"))
        #expect(raw.status == 200)
        #expect(raw.object["orderId"] as? String == "" && raw.object["status"] as? String == "")
        let line = try #require((raw.object["lineItems"] as? [[String: Any]])?.first)
        #expect(line["proratedDays"] as? Int == 330)
        let pricing = line["pricing"] as? [String: Any]
        #expect(pricing?["discountedPartnerPrice"] as? Double == 239.88 && pricing?["netPartnerPrice"] as? Double == 216.88)
        let unpriced = try await sandbox.raw(.post, sandbox.ordersPath, body: #"{"orderType": "PREVIEW_RENEWAL"}"#)
        #expect(unpriced.status == 200 && unpriced.object["pricingSummary"] == nil)
        #expect(try await client.orders(stage: .all).count == 9)
        #expect(try await client.orders(stage: .draft).isEmpty)
    }

    @Test func renewalSettlesLikeNew() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let body = #"{"orderType": "RENEWAL", "lineItems": [{"extLineItemNumber": 1, "offerId": "65304520CA01A12", "quantity": 1, "subscriptionId": "S5000000001L1"}]}"#
        let response = try await sandbox.raw(.post, sandbox.ordersPath, body: body)
        #expect(response.status == 201 && response.object["status"] as? String == "1002")
        sandbox.clock.advance(by: 4)
        let id = try #require(response.object["orderId"] as? String)
        #expect(try await sandbox.client().order(id: id).phase == .completed)
    }

    @Test func catalogIsThePriceList() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let offers = try await sandbox.client().offers()
        #expect(offers.contains(Offer(id: "65304520CA01A12", name: "Acrobat Pro for teams",
                                      price: Money(amount: Decimal(string: "239.88")!, currency: "USD"), billing: "12 months")))
    }

    /// The demo customer buys at level 01: a PREVIEW answers the level 01 offer for a
    /// level 02 cart, and placing carries it, whether the cart was previewed before (the
    /// console's confirmation) or not (`ordercon place`, which the client previews first).
    @Test func aPreviewAnswersTheBestLevelTheCustomerMayBuyAndNewIsPlacedWithIt() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let refused = try await sandbox.raw(.post, sandbox.ordersPath,
                                            body: AdobeHarness.body(lines: [(1, "65304520CA02A12", 3)]))
        #expect(refused.status == 400 && refused.object["code"] as? String == "2129")
        let cart = sandbox.cart([("65304520CA02A12", 3)])
        let quote = try await client.preview(cart: cart)
        #expect(quote.lines.map(\.offerID) == ["65304520CA01A12"])
        let placed = try await client.place(cart: cart)
        #expect(placed.items.map(\.offerID) == ["65304520CA01A12"])
        let unpreviewed = try await sandbox.client().place(cart: sandbox.cart([("65304520CA02A12", 2)]))
        #expect(unpreviewed.items.map(\.offerID) == ["65304520CA01A12"], "a level 02 NEW would be refused with 2129")
    }
}
