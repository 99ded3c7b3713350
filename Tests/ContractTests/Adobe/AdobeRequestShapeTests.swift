import Foundation
import OrderKit
import Providers
import Testing

/// What the client sends and reads beyond one page: deployments over every page, RETURN
/// lines as the original order has them, and an error's details in its one-line message.
@Suite struct AdobeRequestShapeTests {
    private static let orders = "/v3/customers/\(AdobeReferenceServer.customerID)/orders"
    private static let deployments = "/v3/customers/\(AdobeReferenceServer.customerID)/deployments"

    /// A PREVIEW answers the best-level fixture, any other order the pending one, unless
    /// `previewing` or `placing` answer otherwise.
    private static func answers(previewing: @escaping @Sendable () -> (status: Int, body: Data) = {
        AdobeReferenceServer.ok("preview-best-level.json")
    }, placing: @escaping @Sendable () -> (status: Int, body: Data) = {
        AdobeReferenceServer.ok("order-1002.json")
    }) -> AdobeReferenceServer.Answer {
        { seen in
            switch (seen.method, seen.path) {
            case ("GET", "/v3/customers/\(AdobeReferenceServer.customerID)"):
                return AdobeReferenceServer.ok("customer.json")
            case ("GET", Self.deployments):
                return AdobeReferenceServer.ok(seen.query("offset") == ["2"] ? "deployments-page-2.json" : "deployments-page-1.json")
            case ("GET", "\(Self.orders)/7100000040"):
                return AdobeReferenceServer.ok("order-1002.json")
            case ("POST", Self.orders):
                return seen.body["orderType"] as? String == "PREVIEW" ? previewing() : placing()
            default:
                return AdobeReferenceServer.error(500, code: "1124", message: "Internal Server Error")
            }
        }
    }

    @Test func deploymentsAreReadOverEveryPage() async throws {
        let server = await AdobeReferenceServer.start(Self.answers())
        let form = try #require(try await server.client().lineForm(offerID: "65304999CA01A12"))
        let deployment = try #require(form.fields.first { $0.key == "deploymentId" })
        #expect(deployment.choices.map(\.label) == ["55501 (DE)", "55502 (FR)", "55503 (IT)"])
        #expect(server.requests("GET", Self.deployments).map { $0.query("offset") } == [["0"], ["2"]])
        #expect(form.fields.first { $0.key == "currencyCode" }?.value == "EUR", "a price list that fails leaves the client's currency")
    }

    @Test func returnLinesCarryTheOrdersCurrencyAndDeployment() async throws {
        let server = await AdobeReferenceServer.start(Self.answers())
        _ = try await server.client().cancel(orderID: "7100000040")
        let post = try #require(server.requests("POST", Self.orders).first)
        #expect(post.body["orderType"] as? String == "RETURN")
        #expect(post.body["referenceOrderId"] as? String == "7100000040")
        let line = try #require((post.body["lineItems"] as? [[String: Any]])?.first)
        #expect(line["extLineItemNumber"] as? Int == 3 && line["quantity"] as? Int == 6)
        #expect(line["currencyCode"] as? String == "EUR")
        #expect(line["deploymentId"] as? String == "55501")
    }

    @Test func anErrorsDetailsAreInItsMessage() async throws {
        let server = await AdobeReferenceServer.start(Self.answers { (400, AdobeReferenceServer.fixture("error-1117.json")) })
        let cart = LocalCart(id: "cart-1117", account: "adobe-reference", customerID: AdobeReferenceServer.customerID,
                             customerName: "Larkspur Academy",
                             lines: [CartLine(id: "1", offerID: "65304999CA01A12", name: "Writer", quantity: 0)],
                             createdAt: AdobeReferenceServer.now)
        await #expect(throws: OrderError.rejected(detail: "Adobe 1117 invalid fields — Some fields are invalid: lineItems[0].quantity, lineItems[1].offerId")) {
            try await server.client().place(cart: cart)
        }
    }

    @Test func aPreviewedCartIsPlacedWithTheBestLevelOfferIDsThePreviewAnswered() async throws {
        let server = await AdobeReferenceServer.start(Self.answers())
        var cart = LocalCart(id: "cart-levels", account: "adobe-reference", customerID: AdobeReferenceServer.customerID,
                             customerName: "Larkspur Academy",
                             lines: [CartLine(id: "1", offerID: "65304999CA01A12", name: "Writer", quantity: 12)],
                             createdAt: AdobeReferenceServer.now)
        let client = server.client()
        _ = try await client.preview(cart: cart)
        _ = try await client.place(cart: cart)
        let offer = { (seen: AdobeReferenceServer.Seen?) in
            (seen?.body["lineItems"] as? [[String: Any]])?.first?["offerId"] as? String
        }
        #expect(offer(server.requests("POST", Self.orders).last) == "65304999CA02A12")

        cart.lines[0].quantity = 13
        _ = try await client.place(cart: cart)
        let types = server.requests("POST", Self.orders).map { $0.body["orderType"] as? String }
        #expect(types == ["PREVIEW", "NEW", "PREVIEW", "NEW"], "a changed cart is previewed again before its NEW")
        #expect(offer(server.requests("POST", Self.orders).last) == "65304999CA02A12")
    }

    /// No PREVIEW answer, no NEW: a PREVIEW that fails with a 5xx or an unreadable body
    /// leaves nothing placed, says so, and never sends the NEW with the cart's own ids.
    @Test(arguments: [(502, Data("{\"code\":\"5117\"}".utf8)), (200, Data("{\"orderId\":".utf8))])
    func aCartWhosePreviewIsNotAnsweredIsNotPlaced(status: Int, body: Data) async throws {
        let server = await AdobeReferenceServer.start(Self.answers(previewing: { (status, body) }))
        let cart = LocalCart(id: "cart-lost", account: "adobe-reference", customerID: AdobeReferenceServer.customerID,
                             customerName: "Larkspur Academy",
                             lines: [CartLine(id: "1", offerID: "65304999CA01A12", name: "Writer", quantity: 12)],
                             createdAt: AdobeReferenceServer.now)
        do {
            _ = try await server.client().place(cart: cart)
            Issue.record("placed without a PREVIEW answer")
        } catch OrderError.notPlaced(let detail) {
            #expect(detail.hasPrefix("Adobe's PREVIEW of the cart got no answer ("))
            #expect(detail.hasSuffix("so it was not sent; place the cart again"))
        }
        #expect(server.requests("POST", Self.orders).map { $0.body["orderType"] as? String } == ["PREVIEW"])
    }

    @Test func aRefusedPreviewIsTheRefusalAndNoNewIsSent() async throws {
        let server = await AdobeReferenceServer.start(Self.answers(previewing: {
            (400, AdobeReferenceServer.fixture("error-1117.json"))
        }))
        let cart = LocalCart(id: "cart-refused", account: "adobe-reference", customerID: AdobeReferenceServer.customerID,
                             customerName: "Larkspur Academy",
                             lines: [CartLine(id: "1", offerID: "65304999CA01A12", name: "Writer", quantity: 0)],
                             createdAt: AdobeReferenceServer.now)
        await #expect(throws: OrderError.rejected(detail: "Adobe 1117 invalid fields — Some fields are invalid: lineItems[0].quantity, lineItems[1].offerId")) {
            try await server.client().place(cart: cart)
        }
        #expect(server.requests("POST", Self.orders).map { $0.body["orderType"] as? String } == ["PREVIEW"])
    }

    @Test func aPriceListThatFailsLeavesOfferIDsInTheReturnFormAndTheDetails() async throws {
        let server = await AdobeReferenceServer.start(Self.answers())
        let client = server.client()
        let form = try await client.operationForm(OrderOperation(id: "return", title: "", summary: ""), orderID: "7100000040")
        #expect(form.map(\.name) == ["65304999CA01A12"] && form.map(\.key) == ["3"])
        let details = try await client.details(orderID: "7100000040")
        #expect(details.dropFirst().first?.title == "Line 3: 65304999CA01A12")
        #expect(details.first?.rows.dropFirst().first == DetailSection.Row("Status", "1002 pending"))
    }
}
