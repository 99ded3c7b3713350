import Foundation
import OrderKit
import Providers
import Testing

/// What SoftwareOne's own client calls beyond ordercon's needs, as the sandbox serves it:
/// agreements and subscriptions by id, `template` and `render` as text, `notify`, and the
/// vendor's subscriptions of a processing order, which its completion then uses.
@Suite struct MPTVendorRoutesTests {
    @Test func agreementsAndSubscriptionsByIdWithSelectAndNotFound() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let agreement = try mpt.object(try await mpt.raw(.get, "/commerce/agreements/\(MPTFixture.acmeAgreement)"))
        #expect(agreement["name"] as? String == "Adobe Creative Cloud for Acme GmbH")
        #expect(agreement["subscriptions"] == nil)
        #expect((agreement["$meta"] as? [String: Any])?["omitted"] as? [String] == ["subscriptions"])
        let selected = try mpt.object(try await mpt.raw(.get, "/commerce/agreements/\(MPTFixture.acmeAgreement)?select=+subscriptions"))
        #expect((selected["subscriptions"] as? [[String: Any]])?.count == 2)
        let subscription = try mpt.object(try await mpt.raw(.get, "/commerce/subscriptions/\(MPTFixture.betaSubscription)?select=+lines"))
        #expect(((subscription["lines"] as? [[String: Any]])?.first?["quantity"]) as? Int == 25)
        for path in ["/commerce/agreements/AGR-0000-0000", "/commerce/subscriptions/SUB-0000-0000-0000",
                     "/commerce/orders/\(MPTFixture.processingOrder)/subscriptions/SUB-0000-0000-0000"] {
            let missing = try await mpt.raw(.get, path)
            #expect(missing.status == 404, "\(path)")
            #expect(try mpt.object(missing)["title"] as? String == "Not Found", "\(path)")
        }
        let sorted = try mpt.object(try await mpt.raw(.get, "/commerce/agreements?eq(status,Active)&order=-name"))
        #expect((sorted["data"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            == ["Microsoft 365 E3 for Beta Logistics", "Adobe Creative Cloud for Acme GmbH"])
    }

    @Test func templateAndRenderAreTextNotifyAnswersEmpty() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let render = try await mpt.raw(.get, "/commerce/orders/\(MPTFixture.processingOrder)/render")
        #expect(render.status == 200)
        #expect(render.text.contains("Order \(MPTFixture.processingOrder) for Acme GmbH is Processing."))
        let template = try await mpt.raw(.get, "/commerce/orders/\(MPTFixture.processingOrder)/template")
        #expect(template.text.hasPrefix("# Activation in Progress") && template.text.contains("{{ order.id }}"))
        #expect(try await mpt.raw(.get, "/commerce/agreements/\(MPTFixture.acmeAgreement)/render").text
            .contains("SUB-2119-4550-0002 Adobe Photoshop: 2 (Active)"))
        #expect(try await mpt.raw(.get, "/commerce/agreements/\(MPTFixture.acmeAgreement)/template").status == 200)
        #expect(try await mpt.raw(.get, "/commerce/subscriptions/\(MPTFixture.betaSubscription)/render").text
            .contains("25 of Microsoft 365 E3, Active"))
        let notify = try await mpt.raw(.post, "/commerce/orders/\(MPTFixture.quotedOrder)/notify",
                                       body: #"{"userId": "USR-0000-0001", "notifyMe": false}"#)
        #expect(notify.status == 204)
        #expect(try await mpt.raw(.post, "/commerce/orders/ORD-0000-0000-0000/notify", body: "{}").status == 404)
    }

    /// The vendor creates a subscription for a processing Purchase's line; completing the
    /// order puts the line on it, in the new agreement, with the line's quantity.
    @Test func vendorSubscriptionOfAProcessingOrderServesItsLineOnCompletion() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let draft = try await mpt.readyDraft(client)
        let path = "/commerce/orders/\(draft.id)/subscriptions"
        let line = try #require(try await client.order(id: draft.id).items.first?.id)
        let early = try await mpt.raw(.post, path, body: "{\"lines\": [{\"id\": \"\(line)\"}]}")
        #expect(early.status == 409)
        _ = try await client.place(orderID: draft.id)
        #expect(try await mpt.raw(.post, path, body: #"{"lines": [{"id": "ALI-0000"}]}"#).status == 400)
        let created = try await mpt.raw(.post, path, body: "{\"name\": \"Studio seats\", \"lines\": [{\"id\": \"\(line)\"}], \"autoRenew\": true}")
        #expect(created.status == 201)
        let id = try #require(try mpt.object(created)["id"] as? String)
        #expect(try await mpt.raw(.post, path, body: "{\"lines\": [{\"id\": \"\(line)\"}]}").status == 409)
        let renamed = try await mpt.raw(.put, path + "/\(id)", body: #"{"name": "Studio seats 2026"}"#)
        #expect(try mpt.object(renamed)["name"] as? String == "Studio seats 2026")
        let listed = try mpt.object(try await mpt.raw(.get, path + "?eq(name,'Studio seats 2026')"))
        #expect((listed["data"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [id])

        #expect(try await mpt.raw(.post, "/commerce/orders/\(draft.id)/complete").status == 200)
        let completed = try await client.order(id: draft.id)
        #expect(completed.phase == .completed)
        let agreementID = try #require(try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(draft.id)"))["agreement"]
            .flatMap { ($0 as? [String: Any])?["id"] as? String })
        let subscriptions = try mpt.object(try await mpt.raw(.get, "/commerce/subscriptions?eq(agreement.id,'\(agreementID)')&select=+lines"))
        let only = try #require((subscriptions["data"] as? [[String: Any]])?.first)
        #expect(only["id"] as? String == id && only["name"] as? String == "Studio seats 2026")
        #expect(((only["lines"] as? [[String: Any]])?.first?["quantity"]) as? Int == 10)
        #expect(try await mpt.raw(.delete, path + "/\(id)").status == 409)
    }

    /// Operations create and rename an agreement; the vendor adds a subscription to it,
    /// renames and terminates it, and the agreement ends with its last subscription.
    @Test func agreementsAndSubscriptionsMadeByHand() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let agreement = try await mpt.raw(.post, "/commerce/agreements",
                                          body: #"{"name": "Studio", "licensee": {"id": "LCE-1001-2001-0002"}, "product": {"id": "PRD-7301-0001"}, "startDate": "2026-01-01T00:00:00.000Z"}"#)
        #expect(agreement.status == 201)
        let agreementID = try #require(try mpt.object(agreement)["id"] as? String)
        #expect(try await mpt.raw(.post, "/commerce/agreements", body: #"{"name": "x", "licensee": {"id": "LCE-0"}}"#).status == 400)
        let renamed = try await mpt.raw(.put, "/commerce/agreements/\(agreementID)", body: #"{"name": "Studio 2026"}"#)
        #expect(try mpt.object(renamed)["name"] as? String == "Studio 2026")

        let bad = try await mpt.raw(.post, "/commerce/subscriptions",
                                    body: "{\"agreement\": {\"id\": \"\(agreementID)\"}, \"lines\": [{\"item\": {\"id\": \"ITM-0\"}, \"quantity\": 1}]}")
        #expect(bad.status == 400)
        let created = try await mpt.raw(.post, "/commerce/subscriptions",
                                        body: "{\"name\": \"Seats\", \"agreement\": {\"id\": \"\(agreementID)\"}, \"lines\": [{\"item\": {\"id\": \"\(MPTFixture.photoshop)\"}, \"quantity\": 3, \"price\": {\"unitPP\": 10}}]}")
        #expect(created.status == 201)
        let id = try #require(try mpt.object(created)["id"] as? String)
        let client = mpt.client()
        let listed = try #require(try await client.agreements().first { $0.id == agreementID })
        #expect(listed.subscriptions.map(\.quantity) == [3] && listed.name == "Studio 2026")
        #expect(try mpt.object(try await mpt.raw(.put, "/commerce/subscriptions/\(id)", body: #"{"name": "Seats 2026"}"#))["name"]
            as? String == "Seats 2026")
        let ended = try await mpt.raw(.post, "/commerce/subscriptions/\(id)/terminate")
        #expect(try mpt.object(ended)["status"] as? String == "Terminated")
        #expect(try await mpt.raw(.post, "/commerce/subscriptions/\(id)/terminate").status == 409)
        #expect(try mpt.object(try await mpt.raw(.get, "/commerce/agreements/\(agreementID)"))["status"] as? String == "Terminated")
    }
}
