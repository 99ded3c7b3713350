import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `GET /commerce/orders`: RQL filters appended raw, the envelope, and paging past 100.
@Suite struct MPTListTests {
    @Test func stagesFilterByStatus() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let drafts = try await client.orders(stage: .draft)
        #expect(Set(drafts.map(\.status)) == ["New", "Draft", "Quoted"])
        #expect(drafts.allSatisfy { $0.phase == .draft })
        let placed = try await client.orders(stage: .confirmed)
        #expect(Set(placed.map(\.status)) == ["Processing", "Querying", "Completed", "Failed"])
        let all = try await client.orders(stage: .all)
        #expect(Set(all.map(\.phase)) == [.draft, .awaitingApproval, .processing, .completed, .failed, .cancelled])
        #expect(all.count == drafts.count + placed.count + 1)
        #expect(all.compactMap(\.createdAt) == all.compactMap(\.createdAt).sorted(by: >) && all.allSatisfy { $0.createdAt != nil })
    }

    @Test func rqlEqInAndFilter() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        func ids(_ query: String) async throws -> [String] {
            let response = try await mpt.raw(.get, "/commerce/orders?\(query)")
            #expect(response.status == 200, "\(query): \(response.text)")
            return (try mpt.object(response)["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        func statuses(_ query: String) async throws -> Set<String> {
            let response = try await mpt.raw(.get, "/commerce/orders?\(query)&limit=100")
            return Set((try mpt.object(response)["data"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String })
        }
        #expect(try await statuses("eq(status,'Draft')") == ["Draft"])
        #expect(try await statuses("eq(status,Completed)") == ["Completed"])
        #expect(try await statuses("in(status,('Querying','Failed'))") == ["Querying", "Failed"])
        #expect(try await ids("in(type,(Change,Termination))&order=id") == ["ORD-6869-4529-8975-9004", "ORD-6869-4529-8975-9005"])
        #expect(try await ids("and(eq(type,'Purchase'),eq(status,'Completed'))&order=-id&select=id,status")
            == ["ORD-6869-4529-8975-9003", "ORD-6869-4529-8975-9002", "ORD-6869-4529-8975-9001"])
        #expect(try await ids("eq(id,'\(MPTFixture.quotedOrder)')") == [MPTFixture.quotedOrder])
        #expect(try await ids("eq(externalIds.client,'seed-9009')") == [MPTFixture.draftOrder])
        #expect(try await ids("eq(status,'Draft')&eq(type,'Change')") == [])

        for bad in ["near(status,'Draft')", "eq(licensee,'x')", "eq(status,'Draft'", "limit=x", "limit=-1",
                    "offset=-1", "order=price"] {
            let response = try await mpt.raw(.get, "/commerce/orders?\(bad)")
            #expect(response.status == 400, "\(bad)")
            #expect(try mpt.object(response)["errors"] as? [String: [String]] != nil, "\(bad)")
        }
    }

    /// The RQL guide's operators and fields: comparisons on dates (any precision or offset)
    /// with the audit selected, `agreement.id`, `or`/`not`, patterns; a `limit` over 100 is
    /// capped at 100 and `limit=0` only counts.
    @Test func rqlOperatorsOfTheGuide() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        func ids(_ query: String) async throws -> [String] {
            let response = try await mpt.raw(.get, "/commerce/orders?\(query)&order=id&limit=100")
            #expect(response.status == 200, "\(query): \(response.text)")
            return (try mpt.object(response)["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        let all = try await ids("select=audit")
        #expect(all.count == 12)
        let now = ISO8601DateFormatter().string(from: mpt.clock.now())
        let recent = try await ids("select=audit&gt(audit.created.at,'\(mpt.clock.now().addingTimeInterval(-6 * 3600).ISO8601Format())')")
        #expect(recent == ["ORD-6869-4529-8975-9005", "ORD-6869-4529-8975-9006", "ORD-6869-4529-9011", "ORD-6869-4529-9012"])
        #expect(try await ids("select=audit&lt(audit.created.at,'\(now)')").count == 12)
        #expect(try await ids("select=audit&ge(audit.created.at,'\(now.dropLast())%2B00:00')").isEmpty)
        #expect(try await ids("select=audit&and(gt(audit.created.at,'2020-01-01T00:00:00.000Z'),le(audit.created.at,'\(now)'))")
            == all)
        #expect(try await ids("eq(agreement.id,\"\(MPTFixture.terminatedAgreement)\")")
            == ["ORD-6869-4529-8975-9003", "ORD-6869-4529-8975-9004"])
        #expect(try await ids("or(eq(type,Termination),eq(id,'\(MPTFixture.draftOrder)'))")
            == ["ORD-6869-4529-8975-9004", MPTFixture.draftOrder])
        #expect(try await ids("not(eq(type,Purchase))") == ["ORD-6869-4529-8975-9004", "ORD-6869-4529-8975-9005"])
        #expect(try await ids("ne(type,Purchase)") == ["ORD-6869-4529-8975-9004", "ORD-6869-4529-8975-9005"])
        #expect(try await ids("out(status,(Draft,Quoted,New,Completed,Deleted))")
            == ["ORD-6869-4529-8975-9005", "ORD-6869-4529-8975-9006", "ORD-6869-4529-8975-9007"])
        #expect(try await ids("ilike(externalIds.client,SEED-*09)") == [MPTFixture.draftOrder])

        let capped = try mpt.object(try await mpt.raw(.get, "/commerce/orders?limit=500"))
        #expect(((capped["$meta"] as? [String: Any])?["pagination"] as? [String: Int])?["limit"] == 100)
        let counted = try mpt.object(try await mpt.raw(.get, "/commerce/orders?limit=0"))
        #expect((counted["data"] as? [Any])?.isEmpty == true)
        #expect(((counted["$meta"] as? [String: Any])?["pagination"] as? [String: Int])?["total"] == 12)
    }

    @Test func envelopeCarriesPagination() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let response = try await mpt.raw(.get, "/commerce/orders?limit=5&offset=10")
        let body = try mpt.object(response)
        let pagination = try #require((body["$meta"] as? [String: Any])?["pagination"] as? [String: Int])
        #expect(pagination == ["offset": 10, "limit": 5, "total": 12])
        #expect((body["data"] as? [Any])?.count == 2)
        let defaults = try mpt.object(try await mpt.raw(.get, "/commerce/orders"))
        #expect(((defaults["$meta"] as? [String: Any])?["pagination"] as? [String: Int])?["limit"] == 10)
        #expect((defaults["data"] as? [Any])?.count == 10)
    }

    @Test func clientFollowsEveryPage() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        for _ in 0..<95 {
            let created = try await mpt.raw(.post, "/commerce/orders",
                                            body: #"{"type": "Purchase", "licensee": {"id": "LCE-1001-2001-0002"}}"#)
            #expect(created.status == 201)
        }
        let all = try await client.orders(stage: .all)
        #expect(all.count == 107)
        #expect(Set(all.map(\.id)).count == 107)
        let list = "GET /commerce/orders?select=+audit,+lines&order=-audit.created.at&limit=100"
        #expect(mpt.requests.count(list + "&offset=0") == 1)
        #expect(mpt.requests.count(list + "&offset=100") == 1)
        #expect(try await client.orders(stage: .draft).count == 99)
    }

    @Test func findPlacedLooksUpByClientReference() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let key = "journal 7/ü,'x'"
        let draft = try await client.createDraft(customerID: MPTFixture.acme, externalClientID: key)
        #expect(MPTClient.externalClientID(of: draft) == key)
        let found = try #require(try await client.findPlaced(idempotencyKey: key))
        #expect(found.id == draft.id)
        #expect(try await client.findPlaced(idempotencyKey: "never-sent") == nil)
    }
}
