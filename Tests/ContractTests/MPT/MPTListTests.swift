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

        for bad in ["ne(status,'Draft')", "eq(licensee,'x')", "eq(status,'Draft'", "limit=101", "limit=x",
                    "offset=-1", "order=price"] {
            let response = try await mpt.raw(.get, "/commerce/orders?\(bad)")
            #expect(response.status == 400, "\(bad)")
            #expect(try mpt.object(response)["errors"] as? [String: [String]] != nil, "\(bad)")
        }
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
