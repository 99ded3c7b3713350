import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// What the detail view shows of an order's prices and origin: read with `fetch-price=true`,
/// a complete order's total (its `Pricing` priced) and unit prices, an open one "priced when
/// complete" (never 0), a failed one not priced with why, and who placed it.
@Suite struct AdobeOrderDetailsTests {
    static func rows(_ section: DetailSection) -> [String: String] {
        Dictionary(section.rows.map { ($0.label, $0.value) }) { first, _ in first }
    }

    @Test func aCompleteOrderShowsItsTotalAndUnitPrices() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let details = try await sandbox.client().details(orderID: "5000000003")
        let order = try await sandbox.client().order(id: "5000000003")
        #expect(order.pricing == .priced && order.totalText == "2639.16 USD")
        #expect(Self.rows(details[0])["Total"] == nil, "the total is the order's own, not repeated in Adobe's section")
        #expect(Self.rows(details[0])["Status"] == "1000 complete" && Self.rows(details[0])["Source"] == "API")
        #expect(Self.rows(details[1])["partnerPrice"] == "431.88 USD")
        #expect(sandbox.requests.count("GET /v3/customers/9876543210/orders/5000000003?fetch-price=true") == 2)
    }

    @Test func anOpenOrderIsPricedWhenCompleteAndNeverZero() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let details = try await sandbox.client().details(orderID: "5000000009")
        #expect(Self.rows(details[0])["Status"] == "1002 pending")
        let open = try await sandbox.client().order(id: "5000000009")
        #expect(open.pricing == .pricedWhenComplete && open.totalText == "priced when complete" && open.displayTotal == nil)
        #expect(Self.rows(details[1])["partnerPrice"] == "priced when complete")
        let failed = try await sandbox.client().order(id: "5000000004")
        #expect(failed.pricing == .notPriced(reason: "it prices complete (1000) orders only"))
        #expect(failed.totalText == "not priced by Adobe VIPM: it prices complete (1000) orders only")
    }

    @Test func aReferenceShapedRenewalShowsItsSourceTotalAndSubscription() async throws {
        let order = "/v3/customers/\(AdobeReferenceServer.customerID)/orders/7100000052"
        let server = await AdobeReferenceServer.start { seen in
            seen.path == order ? AdobeReferenceServer.ok("renewal-1000.json")
                : AdobeReferenceServer.error(500, code: "1124", message: "Internal Server Error")
        }
        let details = try await server.client().details(orderID: "7100000052")
        #expect(Self.rows(details[0])["Source"] == "System (automatic renewal)")
        #expect(try await server.client().order(id: "7100000052").totalText == "1180.00 EUR")
        #expect(Self.rows(details[1])["partnerPrice"] == "310.40 EUR")
        #expect(Self.rows(details[1])["subscriptionId"] == "a81c44d0e2f94b7c9e55d2c1f0b7aaEU")
    }

    @Test func anAutomaticRenewalSaysSo() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let details = try await sandbox.client().details(orderID: "5000000007")
        #expect(Self.rows(details[0])["Source"] == "System (automatic renewal)")
        #expect(Self.rows(details[1])["subscriptionId"] == "S5000000001L1", "the renewal kept the subscription it renewed")
    }
}
