import Foundation
import OrderKit
import PayloadText
import Providers
import Sandbox
import Testing

/// Every status refuses what it must: DELETE only while Draft, lines only before
/// processing, final statuses final, the type and status never set by PUT.
@Suite struct MPTLifecycleRefusalTests {
    @Test func deleteOnlyWhileDraftOrQuoted() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let deleted = try await client.cancel(orderID: MPTFixture.draftOrder)
        #expect(deleted.status == "Deleted")
        #expect(deleted.phase == .cancelled)
        for orderID in [MPTFixture.processingOrder, MPTFixture.queryingOrder, MPTFixture.completedOrder,
                        MPTFixture.failedOrder, MPTFixture.deletedOrder] {
            await MPTExpect.refused(.conflict, containing: "only Draft and Quoted orders can be deleted") {
                _ = try await client.cancel(orderID: orderID)
            }
        }
        #expect(try await client.cancel(orderID: MPTFixture.quotedOrder).status == "Deleted")
    }

    @Test func finalStatusesStayFinal() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        for orderID in [MPTFixture.completedOrder, MPTFixture.failedOrder, MPTFixture.deletedOrder] {
            await MPTExpect.refused(.conflict, containing: "orders can be processed") {
                _ = try await client.place(orderID: orderID)
            }
            await MPTExpect.refused(.conflict, containing: "orders can be quoted") {
                _ = try await client.saveAsQuote(orderID: orderID)
            }
            await MPTExpect.refused(.conflict, containing: "orders can be validated") {
                _ = try await client.validate(orderID: orderID)
            }
            await MPTExpect.refused(.conflict, containing: "lines change only while New, Draft or Quoted") {
                _ = try await client.addItem(orderID: orderID, offerID: MPTFixture.photoshop, quantity: 1)
            }
            await MPTExpect.refused(.conflict, containing: "parameters change only before processing or while Querying") {
                _ = try await client.setParameter(orderID: orderID, parameterID: MPTFixture.poNumberParameter, value: "x")
            }
            for action in ["query", "complete", "fail"] {
                let response = try await mpt.raw(.post, "/commerce/orders/\(orderID)/\(action)",
                                                 body: #"{"statusNotes": {"id": "X", "message": "x"}}"#)
                #expect(response.status == 409, "\(action) on \(orderID)")
            }
        }
    }

    @Test func processingOrdersTakeNoLinesAndNoSecondProcess() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        #expect(try await client.order(id: MPTFixture.processingOrder).phase == .processing)
        await MPTExpect.refused(.conflict, containing: "lines change only while New, Draft or Quoted") {
            _ = try await client.addItem(orderID: MPTFixture.processingOrder, offerID: MPTFixture.photoshop, quantity: 1)
        }
        await MPTExpect.refused(.conflict, containing: "is Processing; only Draft, Quoted, Querying orders can be processed") {
            _ = try await client.place(orderID: MPTFixture.processingOrder)
        }
        await MPTExpect.refused(.conflict, containing: "only New, Draft, Quoted orders can be quoted") {
            _ = try await client.saveAsQuote(orderID: MPTFixture.processingOrder)
        }
    }

    @Test func notesAreEditableAtEveryStatus() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        for orderID in [MPTFixture.draftOrder, MPTFixture.quotedOrder, MPTFixture.processingOrder,
                        MPTFixture.queryingOrder, MPTFixture.completedOrder, MPTFixture.failedOrder,
                        MPTFixture.deletedOrder] {
            let before = try await client.order(id: orderID).status
            let updated = try await client.setNotes(orderID: orderID, notes: "Order for accounting team")
            #expect(updated.status == before)
            #expect(try await client.order(id: orderID).rawPayload.map(ReadablePayload.text)?.contains("Order for accounting team") == true)
        }
    }

    @Test func typeAndStatusNeverChangeByPut() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let type = try await mpt.raw(.put, "/commerce/orders/\(MPTFixture.draftOrder)", body: #"{"type": "Change"}"#)
        #expect(type.status == 400)
        #expect(try mpt.object(type)["errors"] as? [String: [String]] == ["type": ["The order type is fixed at creation."]])
        let status = try await mpt.raw(.put, "/commerce/orders/\(MPTFixture.draftOrder)", body: #"{"status": "Completed"}"#)
        #expect(status.status == 400)
        #expect(try mpt.object(status)["errors"] as? [String: [String]] != nil)
        let same = try await mpt.raw(.put, "/commerce/orders/\(MPTFixture.draftOrder)",
                                     body: #"{"type": "Purchase", "status": "Draft", "notes": "kept"}"#)
        #expect(same.status == 200)
    }

    @Test func vendorTransitionsByHand() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let path = "/commerce/orders/\(MPTFixture.processingOrder)"
        let query = #"{"parameters": {"ordering": [{"id": "PRM-0000-0000-0000", "error": {"id": "E1", "message": "x"}}]}}"#
        #expect(try await mpt.raw(.post, path + "/query", body: query).status == 400)
        let notes = #"{"statusNotes": {"id": "Q1", "message": "Confirm the new seat count."}}"#
        #expect(try await mpt.raw(.post, path + "/query", body: notes).status == 200)
        let querying = try await client.executionStatus(orderID: MPTFixture.processingOrder)
        #expect(querying.phase == .awaitingApproval)
        #expect(querying.message == "Confirm the new seat count.")
        #expect(try await mpt.raw(.post, path + "/complete").status == 409)

        #expect(try await client.place(orderID: MPTFixture.processingOrder).phase == .processing)
        let missingNotes = try await mpt.raw(.post, path + "/fail", body: "{}")
        #expect(missingNotes.status == 400)
        #expect(try mpt.object(missingNotes)["errors"] as? [String: [String]] != nil)
        #expect(try await mpt.raw(.post, path + "/complete").status == 200)
        #expect(try await client.order(id: MPTFixture.processingOrder).phase == .completed)

        let draft = try await mpt.readyDraft(client)
        _ = try await client.place(orderID: draft.id)
        let failed = try await mpt.raw(.post, "/commerce/orders/\(draft.id)/fail",
                                       body: #"{"statusNotes": {"id": "F1", "message": "Out of licences."}}"#)
        #expect(failed.status == 200)
        let status = try await client.executionStatus(orderID: draft.id)
        #expect(status.phase == .failed)
        #expect(status.message == "Out of licences.")
        mpt.clock.advance(by: 60)
        #expect(try await client.order(id: draft.id).status == "Failed")
    }

    /// The official client's vendor test queries with no body: the order goes to Querying
    /// all the same, and the buyer sends it back by processing it again.
    @Test func queryWithoutABodyMovesToQuerying() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let path = "/commerce/orders/\(MPTFixture.processingOrder)"
        #expect(try await mpt.raw(.post, path + "/query").status == 200)
        #expect(try await client.executionStatus(orderID: MPTFixture.processingOrder).phase == .awaitingApproval)
        #expect(try await mpt.raw(.post, path + "/query").status == 409)
        #expect(try await client.place(orderID: MPTFixture.processingOrder).phase == .processing)
    }

    @Test func badPurchasesAreRejected() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        await MPTExpect.refused(.rejected, containing: "agreement.licensee.id: agreement.licensee.id must name one of the buyer's licensees") {
            _ = try await client.createDraft(customerID: "LCE-0000-0000-0000")
        }
        let draft = try await client.createDraft(customerID: MPTFixture.acme)
        await MPTExpect.refused(.rejected, containing: "lines[0].item.id: 'ITM-0000' is not an item of the buyer's catalog") {
            _ = try await client.addItem(orderID: draft.id, offerID: "ITM-0000", quantity: 1)
        }
        await MPTExpect.refused(.rejected, containing: "lines[0].quantity: quantity must be a whole number of at least 1") {
            _ = try await client.addItem(orderID: draft.id, offerID: MPTFixture.illustrator, quantity: 0)
        }
        await MPTExpect.refused(.notFound, containing: "has no line ALI-0000-0000-0000-0001") {
            try await client.deleteItem(orderID: draft.id, itemID: "ALI-0000-0000-0000-0001")
        }
        let purchase = #""type": "Purchase", "agreement": {"licensee": {"id": "LCE-1001-2001-0001"}, "product": {"id": "PRD-7301-0001"}}"#
        let cases: [(String, String)] = [
            (#"{"type": "Configuration"}"#, "type"),
            (#"{"agreement": {"licensee": {"id": "LCE-1001-2001-0001"}}}"#, "type"),
            ("{\(purchase), \"status\": \"Processing\"}", "status"),
            (#"{"type": "Purchase", "agreement": {"id": "AGR-2119-4550-8674-5962"}}"#, "agreement.id"),
            (#"{"type": "Purchase", "agreement": {"licensee": {"id": "LCE-1001-2001-0001"}, "product": {"id": "PRD-0000"}}}"#,
             "agreement.product.id"),
            ("{\(purchase), \"authorization\": {\"id\": \"AUT-0000\"}}", "authorization.id"),
            ("{\(purchase), \"lines\": [{\"item\": {\"id\": \"ITM-1234-1234-1234-0021\"}, \"quantity\": 1, \"subscription\": {\"id\": \"SUB-2119-4550-0001\"}}]}",
             "lines[0].subscription"),
            ("{\(purchase), \"lines\": [{\"id\": \"ALI-9\", \"item\": {\"id\": \"ITM-1234-1234-1234-0021\"}, \"quantity\": 1}]}", "lines[0].id"),
        ]
        for (body, field) in cases {
            let response = try await mpt.raw(.post, "/commerce/orders", body: body)
            #expect(response.status == 400, "\(body)")
            #expect((try mpt.object(response)["errors"] as? [String: [String]])?.keys.first == field, "\(body)")
        }
        #expect(try await mpt.raw(.post, "/commerce/orders", body: "{nope").status == 400)
        #expect(try await mpt.raw(.post, "/commerce/orders", body: "").status == 400)
    }

    @Test func idsFollowTheDocument() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let draft = try await mpt.readyDraft(client)
        #expect(draft.id.wholeMatch(of: /ORD-\d{4}-\d{4}-\d{4}-\d{4}/) != nil)
        #expect(try await client.order(id: MPTFixture.draftOrder).id.wholeMatch(of: /ORD-\d{4}-\d{4}-\d{4}/) != nil)
        let items = try await client.items(orderID: draft.id)
        #expect(items.allSatisfy { $0.id.wholeMatch(of: /ALI-\d{4}-\d{4}-\d{4}-\d{4}/) != nil })
        #expect(items.allSatisfy { $0.offerID.hasPrefix("ITM-") })
        #expect(try await client.orderingParameters(orderID: draft.id).allSatisfy { $0.id.hasPrefix("PRM-") })
        let agreements = try await client.agreements()
        #expect(agreements.allSatisfy { $0.id.hasPrefix("AGR-") && $0.subscriptions.allSatisfy { $0.id.hasPrefix("SUB-") } })

        await MPTExpect.refused(.rejected, containing: "'ORD-12' is not an MPT order id") {
            _ = try await client.order(id: "ORD-12")
        }
        #expect(mpt.requests.count("GET /commerce/orders/ORD-12") == 0)
        #expect(try await mpt.raw(.get, "/commerce/orders/ORD-12").status == 404)
        await MPTExpect.refused(.notFound, containing: "Order ORD-0000-0000-0000 does not exist") {
            _ = try await client.order(id: "ORD-0000-0000-0000")
        }
    }
}
