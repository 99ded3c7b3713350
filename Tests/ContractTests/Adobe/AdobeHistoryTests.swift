import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `GET /v3/customers/{cid}/orders`: paging, filters, newest first, and the envelope links.
@Suite struct AdobeHistoryTests {
    private static func ids(_ response: APIResponse) -> [String] {
        (response.object["items"] as? [[String: Any]] ?? []).compactMap { $0["orderId"] as? String }
    }

    private static func link(_ response: APIResponse, _ name: String) -> String? {
        ((response.object["links"] as? [String: Any])?[name] as? [String: Any])?["uri"] as? String
    }

    @Test func clientFollowsNextThroughMoreThanAHundredOrders() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        var placed: [String] = []
        for _ in 0..<105 {
            sandbox.clock.advance(by: 1)
            placed.append(try await client.place(cart: sandbox.cart([("65304520CA01A12", 1)])).id)
        }
        let orders = try await client.orders(stage: .all)
        #expect(orders.count == 114)
        #expect(Set(orders.map(\.id)).count == 114)
        #expect(Array(orders.prefix(105).map(\.id)) == placed.reversed())
        #expect(zip(orders, orders.dropFirst()).allSatisfy { !$1.isNewer(than: $0) })
        let filters = "&fetch-price=true&start-date=2025-10-14"
        #expect(sandbox.requests.count("GET /v3/customers/9876543210/orders?limit=100&offset=0" + filters) == 1)
        #expect(sandbox.requests.count("GET /v3/customers/9876543210/orders?limit=100&offset=100&start-date=2025-10-14&fetch-price=true") == 1,
                "links.next is followed as Adobe writes it")

        let first = try await sandbox.raw(.get, sandbox.ordersPath)
        #expect(first.object["totalCount"] as? Int == 113, "without a start-date, the current term only")
        #expect(first.object["count"] as? Int == 25 && first.object["limit"] as? Int == 25)
        #expect(first.object["offset"] as? Int == 0)
        #expect(Self.link(first, "self") == "/v3/customers/9876543210/orders?limit=25&offset=0")
        #expect(Self.link(first, "next") == "/v3/customers/9876543210/orders?limit=25&offset=25")
        #expect(Self.link(first, "prev") == nil)
        let last = try await sandbox.raw(.get, sandbox.ordersPath + "?limit=100&offset=100")
        #expect(last.object["count"] as? Int == 13)
        #expect(Self.link(last, "next") == nil)
        #expect(Self.link(last, "prev") == "/v3/customers/9876543210/orders?limit=100&offset=0")
    }

    @Test func linesAreNamedFromThePriceList() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let names = Dictionary(try await client.offers().map { ($0.id, $0.name) }) { first, _ in first }
        let placed = try await client.place(cart: sandbox.cart([("65304520CA01A12", 1)]))
        let items = try await client.items(orderID: placed.id)
        #expect(items.map(\.name) == [try #require(names["65304520CA01A12"])])
        #expect(try await client.order(id: placed.id).items.map(\.name) == items.map(\.name))
        #expect(items[0].name != "65304520CA01A12")
        _ = try await client.items(orderID: placed.id)
        #expect(sandbox.requests.count("POST /v3/pricelist?limit=100&offset=0") == 1, "read once per client and month")
        #expect(sandbox.requests.count("GET /v3/customers/9876543210") == 1, "the company name is read once")
    }

    @Test func filtersNarrowTheHistoryAndTravelInTheLinks() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let cases: [(String, [String])] = [
            ("order-type=RETURN", ["5000000006"]),
            ("order-type=RENEWAL", ["5000000007"]),
            ("status=1008", ["5000000005"]),
            ("status=1002", ["5000000009"]),
            ("offer-id=65304768CA01A12", ["5000000003"]),
            ("start-date=2026-11-10&end-date=2026-11-11", ["5000000006", "5000000005"]),
            ("start-date=2026-11-16", ["5000000009", "5000000008"]),
            ("order-type=NEW&status=1000", ["5000000003", "5000000002"]),
            ("order-type=NEW&status=1000&start-date=2026-01-01", ["5000000003", "5000000002", "5000000001"]),
            ("status=1008&status=1002", ["5000000009", "5000000005"]),
            ("order-type=RETURN&order-type=RENEWAL", ["5000000007", "5000000006"]),
            ("reference-order-id=5000000005", ["5000000006"]),
            ("start-date=2026-11-15T00:00:00Z&end-date=2026-11-16T12:00:00Z", ["5000000008", "5000000003"]),
        ]
        for (query, expected) in cases {
            let response = try await sandbox.raw(.get, sandbox.ordersPath + "?" + query)
            #expect(Self.ids(response) == expected, "\(query)")
        }
        let paged = try await sandbox.raw(.get, sandbox.ordersPath + "?order-type=NEW&limit=2")
        #expect(Self.link(paged, "next") == "/v3/customers/9876543210/orders?limit=2&offset=2&order-type=NEW")
        #expect(try await sandbox.client().findPlaced(idempotencyKey: "PO-1002")?.id == "5000000003")
    }

    /// The sandbox spells the pricing total as the order reads are documented
    /// (`totalLineItemPartnerPrice`); with variations on, about half its answers use the
    /// resource table's spelling (`totalLineItemPrice`, lines `lineItemPrice`), never both in
    /// one answer, and the client reads the same total from either.
    @Test func theTotalIsSpelledAsDocumentedAndVariedToTheOtherSpelling() async throws {
        let path = "/5000000003?fetch-price=true"
        let totals = { (response: APIResponse) in
            Set(((response.object["pricingSummary"] as? [[String: Any]])?.first ?? [:]).keys.filter { $0.hasPrefix("total") })
        }
        let plain = try await AdobeHarness.start()
        let documented = try await plain.raw(.get, plain.ordersPath + path)
        #expect(totals(documented) == ["totalLineItemPartnerPrice"])
        let expected = try await plain.client().order(id: "5000000003").total
        await plain.stop()

        let varied = try await AdobeHarness.start(variations: SandboxVariations(enabled: true, seed: 11))
        defer { Task { await varied.stop() } }
        var seen: [Set<String>] = []
        for _ in 0..<12 { seen.append(totals(try await varied.raw(.get, varied.ordersPath + path))) }
        #expect(Set(seen) == [["totalLineItemPartnerPrice"], ["totalLineItemPrice"]])
        let client = varied.client()
        var read = 0
        for _ in 0..<12 {
            if try await client.order(id: "5000000003").total == expected { read += 1 }
        }
        // A varied answer may also null the summary's currency (1 in 20); a client that read
        // one spelling only would miss about half.
        #expect(read >= 10)
    }

    @Test func pricesComeWithFetchPriceAndOnlyOnCompleteOrders() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let lines = { (response: APIResponse) in response.object["lineItems"] as? [[String: Any]] ?? [] }
        let priced = try await sandbox.raw(.get, sandbox.ordersPath + "/5000000003?fetch-price=true")
        #expect(lines(priced).allSatisfy { $0["pricing"] != nil } && priced.object["pricingSummary"] != nil)
        let unasked = try await sandbox.raw(.get, sandbox.ordersPath + "/5000000003")
        #expect(lines(unasked).allSatisfy { $0["pricing"] == nil } && unasked.object["pricingSummary"] == nil)
        let pending = try await sandbox.raw(.get, sandbox.ordersPath + "/5000000009?fetch-price=true")
        #expect(lines(pending).allSatisfy { $0["pricing"] == nil } && pending.object["pricingSummary"] == nil)

        let client = sandbox.client()
        let complete = try await client.order(id: "5000000003")
        #expect(complete.total == Money(amount: Decimal(string: "2639.16")!, currency: "USD"))
        #expect(complete.items.first?.unitPrice == Money(amount: Decimal(string: "431.88")!, currency: "USD"))
        let open = try await client.order(id: "5000000009")
        #expect(open.total == nil && open.items.allSatisfy { $0.unitPrice == nil })
        let listed = try await client.orderList(stage: .all)
        #expect(listed.orders.first { $0.id == "5000000003" }?.total == complete.total)
        #expect(listed.orders.first { $0.id == "5000000009" }?.total == nil)
        #expect(listed.orders.first { $0.id == "5000000009" }?.items.map(\.name) == ["Acrobat Pro for teams"])
        #expect(listed.pages == PagesRead(read: 1, total: 1) && !listed.isPartial)
        #expect(try await client.details(orderID: "5000000009").first?.rows.dropFirst().first
            == DetailSection.Row("Status", "1002 pending"))
    }

    @Test(arguments: [("limit=0", "limit"), ("limit=101", "limit"), ("offset=-1", "offset"),
                      ("start-date=yesterday", "start-date"), ("end-date=2026-13-40", "end-date")])
    func badPagingOrDatesAre400(query: String, field: String) async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let response = try await sandbox.raw(.get, sandbox.ordersPath + "?" + query)
        #expect(response.status == 400)
        #expect(response.object["additionalDetails"] as? [String] == [field])
        #expect(try await sandbox.raw(.get, sandbox.ordersPath + "?limit=100").status == 200)
    }
}
