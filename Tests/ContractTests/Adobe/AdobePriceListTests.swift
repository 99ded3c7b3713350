import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `POST /v3/pricelist`: the month, the partner's region, the customer's market segment,
/// every page, prices as text; the month before while the current one is not published.
@Suite struct AdobePriceListTests {
    private static let customer = "/v3/customers/\(AdobeReferenceServer.customerID)"

    /// The fixture price list for `months` (in two pages), 1162 for any other month.
    private static func answers(months: Set<String>) -> AdobeReferenceServer.Answer {
        { seen in
            switch (seen.method, seen.path) {
            case ("GET", Self.customer):
                return AdobeReferenceServer.ok("customer.json")
            case ("POST", "/v3/pricelist"):
                guard months.contains(seen.body["priceListMonth"] as? String ?? "") else {
                    return AdobeReferenceServer.error(404, code: "1162", message: "Price List not found")
                }
                return AdobeReferenceServer.ok(seen.query("offset") == ["2"] ? "pricelist-page-2.json" : "pricelist-page-1.json")
            default:
                return AdobeReferenceServer.error(500, code: "1124", message: "Internal Server Error")
            }
        }
    }

    @Test func everyPageOfTheCustomersListIsReadOncePerMonth() async throws {
        let server = await AdobeReferenceServer.start(Self.answers(months: ["202612"]))
        let client = server.client(region: "WE")
        let offers = try await client.offers()
        #expect(offers.map(\.id) == ["65304999CA01A12", "65304888CA01A12", "65304777CA01A12"])
        #expect(offers.first?.price == Money(amount: Decimal(string: "120.50")!, currency: "EUR"))
        #expect(offers.first?.billing == "12 months")
        #expect(offers.last?.price == nil, "a price that is not a number is unknown, not 0")

        let posts = server.requests("POST", "/v3/pricelist")
        #expect(posts.map { $0.query("offset") } == [["0"], ["2"]])
        let body = try #require(posts.first?.body)
        #expect(body["priceListMonth"] as? String == "202612")
        #expect(body["region"] as? String == "WE")
        #expect(body["marketSegment"] as? String == "EDU")
        #expect(body["priceListType"] as? String == "STANDARD")
        #expect(body["currency"] as? String == "EUR")
        #expect(body["includeOfferAttributes"] as? [String] == ["duration"])

        _ = try await client.offers()
        #expect(server.requests("POST", "/v3/pricelist").count == 2, "read once per client and month")
    }

    @Test func anUnpublishedMonthFallsBackOnceToTheMonthBefore() async throws {
        let server = await AdobeReferenceServer.start(Self.answers(months: ["202611"]))
        let offers = try await server.client().offers()
        #expect(offers.count == 3)
        #expect(server.requests("POST", "/v3/pricelist").map { $0.body["priceListMonth"] as? String }
            == ["202612", "202611", "202611"])

        let none = await AdobeReferenceServer.start(Self.answers(months: []))
        await #expect(throws: OrderError.notFound(detail: "Adobe 1162 price list not found — Price List not found")) {
            try await none.client().offers()
        }
        #expect(none.requests("POST", "/v3/pricelist").map { $0.body["priceListMonth"] as? String } == ["202612", "202611"])
    }

    @Test func theSandboxWantsTheMonthAndPagesWithPricesAsText() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let full = #"{"region": "NA", "marketSegment": "COM", "currency": "USD", "priceListMonth": "202611""#
        let noMonth = try await sandbox.raw(.post, "/v3/pricelist", body: #"{"region": "NA", "marketSegment": "COM", "currency": "USD"}"#)
        #expect(noMonth.status == 400 && noMonth.object["code"] as? String == "1117")
        #expect(noMonth.object["additionalDetails"] as? [String] == ["priceListMonth"])

        let page = try await sandbox.raw(.post, "/v3/pricelist?limit=2&offset=2", body: full + "}")
        #expect(page.status == 200)
        #expect(page.object["totalCount"] as? Int == 6 && page.object["count"] as? Int == 2)
        #expect(page.object["priceListMonth"] as? String == "202611")
        let offers = try #require(page.object["offers"] as? [[String: Any]])
        #expect(offers.first?["partnerPrice"] as? String == "431.88")
        #expect(offers.first?["duration"] == nil, "attributes come only when asked for")
        let withTerm = try await sandbox.raw(.post, "/v3/pricelist", body: full + #", "includeOfferAttributes": ["duration"]}"#)
        #expect((withTerm.object["offers"] as? [[String: Any]])?.first?["duration"] as? String == "12 Months")
        #expect(withTerm.object["limit"] as? Int == 20)

        let future = try await sandbox.raw(.post, "/v3/pricelist", body: full.replacingOccurrences(of: "202611", with: "202612") + "}")
        #expect(future.status == 404 && future.object["code"] as? String == "1162")
        let euro = try await sandbox.raw(.post, "/v3/pricelist", body: full.replacingOccurrences(of: "USD", with: "EUR") + "}")
        #expect(euro.status == 400 && euro.object["additionalDetails"] as? [String] == ["currency"])
    }
}
