import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// The sandbox omits what the API omits unless `select` asks for it, and says so in
/// `$meta.omitted`; the client selects what each call reads.
@Suite struct MPTSelectTests {
    private func meta(_ object: [String: Any]) -> [String: Any]? { object["$meta"] as? [String: Any] }

    @Test func listsOmitLinesParametersAndAuditUnlessSelected() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let plain = try mpt.object(try await mpt.raw(.get, "/commerce/orders?limit=3"))
        #expect(meta(plain)?["omitted"] as? [String] == ["audit", "lines", "parameters"])
        let orders = try #require(plain["data"] as? [[String: Any]])
        #expect(orders.count == 3)
        #expect(orders.allSatisfy { $0["lines"] == nil && $0["parameters"] == nil && $0["audit"] == nil && $0["$meta"] == nil })
        #expect(orders.allSatisfy { $0["id"] != nil && $0["status"] != nil })

        let selected = try mpt.object(try await mpt.raw(.get, "/commerce/orders?select=+lines,audit&limit=3"))
        #expect(meta(selected)?["omitted"] as? [String] == ["parameters"])
        #expect((selected["data"] as? [[String: Any]])?.allSatisfy { $0["lines"] != nil && $0["audit"] != nil } == true)
    }

    /// `-field` takes a field away, from one object and from each of a list's; `+field`
    /// beside it still adds.
    @Test func selectTakesFieldsAwayWithMinus() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let one = try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(MPTFixture.completedOrder)?select=-authorization,-notes,+lines"))
        #expect(one["id"] as? String == MPTFixture.completedOrder)
        #expect(one["authorization"] == nil && one["notes"] == nil && one["lines"] != nil && one["product"] != nil)
        let page = try mpt.object(try await mpt.raw(.get, "/commerce/orders?select=-authorization&limit=3"))
        let orders = try #require(page["data"] as? [[String: Any]])
        #expect(orders.count == 3 && orders.allSatisfy { $0["authorization"] == nil && $0["status"] != nil })
        let agreement = try mpt.object(try await mpt.raw(.get, "/commerce/agreements/\(MPTFixture.acmeAgreement)?select=-licensee"))
        #expect(agreement["licensee"] == nil && agreement["name"] != nil)
    }

    @Test func sortingOnTheAuditNeedsItSelected() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let refused = try await mpt.raw(.get, "/commerce/orders?order=-audit.created.at")
        #expect(refused.status == 400)
        #expect(try mpt.object(refused)["errors"] as? [String: [String]]
            == ["order": ["Filtering or ordering by 'audit.created.at' needs select=+audit: the audit is omitted by default."]])
        #expect(try await mpt.raw(.get, "/commerce/orders?select=+audit&order=-audit.created.at").status == 200)
        let filtered = try await mpt.raw(.get, "/commerce/orders?gt(audit.created.at,'2026-01-01T00:00:00.000Z')")
        #expect(try mpt.object(filtered)["errors"] as? [String: [String]]
            == ["rql": ["Filtering or ordering by 'audit.created.at' needs select=+audit: the audit is omitted by default."]])
    }

    @Test func oneOrderOmitsTheSameAndTheClientSelectsThem() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let plain = try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(MPTFixture.completedOrder)"))
        #expect(meta(plain)?["omitted"] as? [String] == ["audit", "lines", "parameters"])
        #expect(plain["lines"] == nil && plain["price"] != nil)

        let client = mpt.client()
        let order = try await client.order(id: MPTFixture.completedOrder)
        #expect(order.items.count == 2 && order.createdAt != nil)
        #expect(mpt.requests.count("GET /commerce/orders/\(MPTFixture.completedOrder)?select=+audit,+lines,+parameters") == 1)
        let raw = try #require(order.rawPayload)
        #expect(!raw.contains("$meta"))
        let plainReads = mpt.requests.count("GET /commerce/orders/\(MPTFixture.completedOrder)")
        #expect(try await client.executionStatus(orderID: MPTFixture.completedOrder).phase == .completed)
        #expect(mpt.requests.count("GET /commerce/orders/\(MPTFixture.completedOrder)") == plainReads + 1)
    }

    @Test func anAddressParameterHasAnObjectValueAndTheOrderStillReads() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let object = try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(MPTFixture.draftOrder)?select=+parameters"))
        let ordering = try #require((object["parameters"] as? [String: Any])?["ordering"] as? [[String: Any]])
        let address = try #require(ordering.first { $0["externalId"] as? String == "billingAddress" })
        #expect((address["value"] as? [String: String])?["city"] == "Berlin")
        #expect(address["displayValue"] as? String == "Hauptstrasse 12, 3. OG, 10115, Berlin, Berlin, DE")
        let client = mpt.client()
        #expect(try await client.order(id: MPTFixture.draftOrder).status == "Draft")
        let parameter = try #require(try await client.orderingParameters(orderID: MPTFixture.draftOrder)
            .first { $0.externalID == "billingAddress" })
        #expect(parameter.structuredValue?.contains("\"city\":\"Berlin\"") == true)
        await MPTExpect.refused(.rejected, containing: "Billing Address takes an address object, not text") {
            _ = try await client.setParameter(orderID: MPTFixture.draftOrder, parameterID: parameter.id, value: "Berlin")
        }
    }

    @Test func agreementsNameSubscriptionsWhoseLinesHoldTheQuantities() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let plain = try mpt.object(try await mpt.raw(.get, "/commerce/agreements?eq(id,'\(MPTFixture.acmeAgreement)')"))
        let agreement = try #require((plain["data"] as? [[String: Any]])?.first)
        #expect(agreement["subscriptions"] == nil)
        #expect(meta(plain)?["omitted"] as? [String] == ["subscriptions"])

        let selected = try mpt.object(try await mpt.raw(
            .get, "/commerce/agreements?eq(id,'\(MPTFixture.acmeAgreement)')&select=+subscriptions"))
        let references = try #require((selected["data"] as? [[String: Any]])?.first?["subscriptions"] as? [[String: Any]])
        #expect(references.map { Set($0.keys) } == [["id", "name"], ["id", "name"]])

        let subscriptions = try mpt.object(try await mpt.raw(
            .get, "/commerce/subscriptions?eq(agreement.id,'\(MPTFixture.acmeAgreement)')&select=+lines"))
        let list = try #require(subscriptions["data"] as? [[String: Any]])
        #expect(list.map { $0["status"] as? String } == ["Active", "Active"])
        #expect(list.compactMap { ($0["lines"] as? [[String: Any]])?.first?["quantity"] as? Int } == [10, 2])
        #expect(list.compactMap { ($0["agreement"] as? [String: Any])?["id"] as? String }
            == [MPTFixture.acmeAgreement, MPTFixture.acmeAgreement])

        let read = try #require(try await mpt.client().agreements().first { $0.id == MPTFixture.acmeAgreement })
        #expect(read.subscriptions.map(\.quantity) == [10, 2])
        #expect(read.subscriptions.map(\.itemID) == [MPTFixture.illustrator, MPTFixture.photoshop])
    }
}
