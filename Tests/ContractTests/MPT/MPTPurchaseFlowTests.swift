import Foundation
import OrderKit
import PayloadText
import Providers
import Sandbox
import Testing

/// A Purchase order from draft to a final status, through quote, process and the vendor's
/// Querying loop on the sandbox clock.
@Suite struct MPTPurchaseFlowTests {
    @Test func draftQuoteProcessQueryFixCompletes() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()

        let draft = try await client.createDraft(customerID: MPTFixture.acme)
        #expect(draft.status == "Draft")
        #expect(draft.phase == .draft)
        #expect(draft.customerName == "Acme GmbH")
        #expect(MPTClient.externalClientID(of: draft)?.hasPrefix("ordercon-") == true)

        let kept = try await client.addItem(orderID: draft.id, offerID: MPTFixture.illustrator, quantity: 10)
        let dropped = try await client.addItem(orderID: draft.id, offerID: MPTFixture.photoshop, quantity: 1)
        try await client.deleteItem(orderID: draft.id, itemID: dropped.id)
        #expect(try await client.items(orderID: draft.id).map(\.id) == [kept.id])
        _ = try await client.setParameter(orderID: draft.id, parameterID: MPTFixture.partnerIDParameter, value: "123456")

        let quote = try await client.quote(orderID: draft.id)
        #expect(quote.total == Money(amount: 220, currency: "USD"))
        #expect(quote.lines.map(\.unitPrice) == [Money(amount: 22, currency: "USD")])
        #expect(try await client.order(id: draft.id).status == "Draft")
        #expect(try await client.saveAsQuote(orderID: draft.id).status == "Quoted")

        let processing = try await client.place(orderID: draft.id)
        #expect(processing.status == "Processing")
        #expect(processing.phase == .processing)
        mpt.clock.advance(by: 3)
        #expect(try await client.order(id: draft.id).phase == .processing)

        mpt.clock.advance(by: 1)
        let querying = try await client.executionStatus(orderID: draft.id)
        #expect(querying.status == "Querying")
        #expect(querying.phase == .awaitingApproval)
        #expect(querying.message == "The vendor needs a valid Microsoft Partner ID.")
        let flagged = try #require(try await client.orderingParameters(orderID: draft.id)
            .first { $0.id == MPTFixture.partnerIDParameter })
        #expect(flagged.error?.contains("could not verify Microsoft Partner ID '123456'") == true)

        await MPTExpect.refused(.rejected, containing: "Microsoft Partner ID: The vendor could not verify") {
            _ = try await client.place(orderID: draft.id)
        }
        let fixed = try await client.setParameter(orderID: draft.id, parameterID: MPTFixture.partnerIDParameter,
                                                  value: "7654321")
        #expect(fixed.first { $0.id == MPTFixture.partnerIDParameter }?.error == nil)
        #expect(try await client.place(orderID: draft.id).phase == .processing)

        mpt.clock.advance(by: 4)
        let done = try await client.order(id: draft.id)
        #expect(done.status == "Completed")
        #expect(done.phase == .completed)
        #expect(done.items.map(\.phase) == [.completed])
        #expect(done.total == Money(amount: 220, currency: "USD"))
        let raw = try #require(done.rawPayload)
        #expect(raw.contains("\"subscription\""))
        let agreements = try await client.agreements()
        let created = try #require(agreements.first { $0.licenseeID == MPTFixture.acme && $0.name.hasPrefix("Adobe Illustrator") })
        #expect(created.status == "Active")
        #expect(created.subscriptions.map(\.quantity) == [10])
        #expect(raw.contains(created.id))
    }

    @Test func failureShareEndsFailedWithStatusNotes() async throws {
        let mpt = try await MPTHarness.start(failureRate: 1)
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let draft = try await mpt.readyDraft(client)
        _ = try await client.place(orderID: draft.id)
        mpt.clock.advance(by: 4)
        #expect(try await client.order(id: draft.id).status == "Querying")
        _ = try await client.setParameter(orderID: draft.id, parameterID: MPTFixture.partnerIDParameter, value: "7654321")
        _ = try await client.place(orderID: draft.id)
        mpt.clock.advance(by: 4)
        let status = try await client.executionStatus(orderID: draft.id)
        #expect(status.status == "Failed")
        #expect(status.phase == .failed)
        #expect(status.message?.contains("refused provisioning") == true)
    }

    @Test func requiredParameterBlocksProcessWithTheErrorOnIt() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let draft = try await client.createDraft(customerID: MPTFixture.acme)
        _ = try await client.addItem(orderID: draft.id, offerID: MPTFixture.illustrator, quantity: 1)
        await MPTExpect.refused(.rejected, containing: "Microsoft Partner ID: A value is required") {
            _ = try await client.place(orderID: draft.id)
        }
        let parameters = try await client.orderingParameters(orderID: draft.id)
        #expect(parameters.first { $0.id == MPTFixture.partnerIDParameter }?.error == "A value is required.")
        #expect(parameters.first { $0.id == MPTFixture.poNumberParameter }?.error == nil)
        #expect(try await client.order(id: draft.id).status == "Draft")

        let response = try await mpt.raw(.post, "/commerce/orders/\(draft.id)/process")
        #expect(response.status == 400)
        let errors = try #require(try mpt.object(response)["errors"] as? [[String: Any]])
        #expect(errors.map { $0["id"] as? String } == [MPTFixture.partnerIDParameter])
    }

    @Test func parameterConstraintsAreEnforced() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let draft = try await client.createDraft(customerID: MPTFixture.acme)
        let parameters = try await client.orderingParameters(orderID: draft.id)
        #expect(parameters.filter(\.readOnly).map(\.externalID) == ["agreementType", "resellerTier"])
        #expect(parameters.filter(\.hidden).map(\.externalID) == ["resellerTier"])
        #expect(parameters.filter(\.required).map(\.externalID) == ["msPartnerId", "agreementType", "supportLevel"])
        await MPTExpect.refused(.rejected, containing: "Agreement Type is read-only") {
            _ = try await client.setParameter(orderID: draft.id, parameterID: MPTFixture.agreementTypeParameter,
                                              value: "Education")
        }
        await MPTExpect.refused(.rejected, containing: "has no ordering parameter PRM-0000-0000-0000") {
            _ = try await client.setParameter(orderID: draft.id, parameterID: "PRM-0000-0000-0000", value: "x")
        }
        let set = try await client.setParameter(orderID: draft.id, parameterID: MPTFixture.poNumberParameter,
                                                value: "PO-77")
        #expect(set.first { $0.id == MPTFixture.poNumberParameter }?.value == "PO-77")
    }

    @Test func validateAttachesErrorsWithoutMovingTheOrder() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let draft = try await client.createDraft(customerID: MPTFixture.acme)
        let validated = try await client.validate(orderID: draft.id)
        #expect(validated.status == "Draft")
        #expect(validated.rawPayload.map(ReadablePayload.text)?.contains("The order has no lines") == true)
        #expect(try await client.orderingParameters(orderID: draft.id)
            .first { $0.id == MPTFixture.partnerIDParameter }?.error == "A value is required.")
        _ = try await client.addItem(orderID: draft.id, offerID: MPTFixture.photoshop, quantity: 2)
        let quoted = try await client.saveAsQuote(orderID: draft.id)
        #expect(quoted.total != nil)
        #expect(try await client.order(id: draft.id).rawPayload.map(ReadablePayload.text)?.contains("The order has no lines") == false)
    }

    /// The preview is the draft's own price, repriced as its lines change; it moves nothing
    /// (before, the preview sent `quote`, which makes the order Quoted).
    @Test func previewIsTheDraftsOwnPriceAndSavingAsQuoteNeedsLines() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let draft = try await client.createDraft(customerID: MPTFixture.acme)
        await MPTExpect.refused(.rejected, containing: "has no lines to price; add an item first") {
            _ = try await client.quote(orderID: draft.id)
        }
        await MPTExpect.refused(.rejected, containing: "has no lines: lines: Add at least one item") {
            _ = try await client.saveAsQuote(orderID: draft.id)
        }
        _ = try await client.addItem(orderID: draft.id, offerID: MPTFixture.illustrator, quantity: 3)
        let quote = try await client.quote(orderID: draft.id)
        #expect(quote.total == Money(amount: 66, currency: "USD"))
        #expect(quote.note == "Monthly sale price; 792.00 USD per year")
        let price = try #require(try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(draft.id)"))["price"]
            as? [String: Any])
        #expect(Set(price.keys) == ["SPxY", "SPxM", "PPxY", "PPxM", "markup", "margin", "currency"])
        #expect(price["PPxM"] as? Double == 60)
        #expect(price["margin"] as? Double == 0.0909)

        _ = try await client.addItem(orderID: draft.id, offerID: MPTFixture.photoshop, quantity: 1)
        let repriced = try await client.order(id: draft.id)
        #expect(repriced.status == "Draft")
        #expect(repriced.total == Money(amount: Decimal(string: "90.20")!, currency: "USD"))
    }

    @Test func newOrderBecomesDraftWhenSaved() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let new = try await client.order(id: MPTFixture.newOrder)
        #expect(new.status == "New")
        #expect(new.phase == .draft)
        await MPTExpect.refused(.conflict, containing: "Save a New order (PUT) to make it a Draft first") {
            _ = try await client.place(orderID: MPTFixture.newOrder)
        }
        await MPTExpect.refused(.conflict, containing: "only Draft and Quoted orders can be deleted") {
            _ = try await client.cancel(orderID: MPTFixture.newOrder)
        }
        #expect(try await client.setNotes(orderID: MPTFixture.newOrder, notes: "first save").status == "Draft")
    }
}
