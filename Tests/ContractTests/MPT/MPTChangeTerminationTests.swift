import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// Change and Termination orders act on an Active agreement's subscriptions.
@Suite struct MPTChangeTerminationTests {
    @Test func changeThenTerminateAnAgreement() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let before = try #require(try await client.agreements().first { $0.id == MPTFixture.betaAgreement })
        #expect(before.status == "Active")
        #expect(before.subscriptions.map(\.quantity) == [25])

        let change = try await client.createChange(
            agreementID: MPTFixture.betaAgreement,
            changes: [MPTSubscriptionChange(subscriptionID: MPTFixture.betaSubscription, quantity: 30)])
        #expect(change.status == "Draft")
        #expect(change.customerName == "Beta Logistics")
        #expect(change.items.map(\.quantity) == [30])
        #expect(change.kind == .change)
        #expect(change.items.map(\.previousQuantity) == [25], "the line's oldQuantity is kept")
        let line = try #require((try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(change.id)?select=+lines"))["lines"]
            as? [[String: Any]])?.first)
        #expect(line["oldQuantity"] as? Int == 25)
        #expect(try await client.orderingParameters(orderID: change.id).isEmpty)
        _ = try await client.place(orderID: change.id)
        mpt.clock.advance(by: 4)
        #expect(try await client.order(id: change.id).status == "Completed")
        let changed = try #require(try await client.agreements().first { $0.id == MPTFixture.betaAgreement })
        #expect(changed.subscriptions.map(\.quantity) == [30])

        let termination = try await client.createTermination(agreementID: MPTFixture.betaAgreement,
                                                             ending: changed.subscriptions)
        let ending = try #require((try mpt.object(try await mpt.raw(.get, "/commerce/orders/\(termination.id)?select=+lines"))["lines"]
            as? [[String: Any]])?.first)
        #expect(ending["quantity"] as? Int == 0 && ending["oldQuantity"] as? Int == 30)
        #expect(termination.items.map(\.quantity) == [0])
        #expect(termination.kind == .termination)
        #expect(termination.items.map(\.previousQuantity) == [30])
        let quote = try await client.quote(orderID: termination.id)
        #expect(quote.lines.map(\.previousQuantity) == [30], "the price preview names what the line ends")
        await MPTExpect.refused(.rejected, containing: "A Termination order's lines are the subscriptions it was created for") {
            _ = try await client.addItem(orderID: termination.id, offerID: MPTFixture.photoshop, quantity: 1)
        }
        _ = try await client.place(orderID: termination.id)
        mpt.clock.advance(by: 4)
        #expect(try await client.order(id: termination.id).phase == .completed)
        let ended = try #require(try await client.agreements().first { $0.id == MPTFixture.betaAgreement })
        #expect(ended.status == "Terminated")
        #expect(ended.subscriptions.map(\.status) == ["Terminated"])

        await MPTExpect.refused(.conflict, containing: "only Active agreements take Change or Termination orders") {
            _ = try await client.createChange(
                agreementID: MPTFixture.betaAgreement,
                changes: [MPTSubscriptionChange(subscriptionID: MPTFixture.betaSubscription, quantity: 5)])
        }
    }

    @Test func changeCanAddAnItemThatBecomesASubscription() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let change = try await client.createChange(
            agreementID: MPTFixture.betaAgreement,
            changes: [MPTSubscriptionChange(subscriptionID: MPTFixture.betaSubscription, quantity: 26)])
        _ = try await client.addItem(orderID: change.id, offerID: MPTFixture.photoshop, quantity: 2)
        _ = try await client.place(orderID: change.id)
        mpt.clock.advance(by: 4)
        let agreement = try #require(try await client.agreements().first { $0.id == MPTFixture.betaAgreement })
        #expect(agreement.subscriptions.map(\.quantity) == [26, 2])
        #expect(agreement.subscriptions.last?.itemID == MPTFixture.photoshop)
    }

    @Test func changeAndTerminationRefusals() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        await MPTExpect.refused(.rejected, containing: "must be at least 1 and differ from the current 25") {
            _ = try await client.createChange(
                agreementID: MPTFixture.betaAgreement,
                changes: [MPTSubscriptionChange(subscriptionID: MPTFixture.betaSubscription, quantity: 25)])
        }
        await MPTExpect.refused(.rejected, containing: "is not an active subscription of agreement \(MPTFixture.betaAgreement)") {
            _ = try await client.createChange(
                agreementID: MPTFixture.betaAgreement,
                changes: [MPTSubscriptionChange(subscriptionID: "SUB-2119-4550-0001", quantity: 3)])
        }
        await MPTExpect.refused(.rejected, containing: "agreement.id must name one of the buyer's agreements") {
            _ = try await client.createTermination(agreementID: "AGR-0000-0000-0000-0000", ending: [Self.beta(25)])
        }
        await MPTExpect.refused(.rejected, containing: "A Termination order needs a line for each subscription to terminate") {
            _ = try await client.createTermination(agreementID: MPTFixture.acmeAgreement, ending: [])
        }
        await MPTExpect.refused(.conflict, containing: "\(MPTFixture.betaSubscription) has 25 now, not 20; read the agreement again") {
            _ = try await client.createTermination(agreementID: MPTFixture.betaAgreement, ending: [Self.beta(20)])
        }
        await MPTExpect.refused(.conflict, containing: "\(MPTFixture.betaSubscription) has 25 now, not 24") {
            _ = try await client.createChange(agreementID: MPTFixture.betaAgreement,
                                              changes: [MPTSubscriptionChange(Self.beta(24), to: 30)])
        }
        let quantityOnly = try await mpt.raw(.post, "/commerce/orders", body: """
            {"type": "Termination", "agreement": {"id": "\(MPTFixture.betaAgreement)"},
             "lines": [{"subscription": {"id": "\(MPTFixture.betaSubscription)"}, "quantity": 3}]}
            """)
        #expect(quantityOnly.status == 400)
        #expect(try mpt.object(quantityOnly)["errors"] as? [String: [String]]
            == ["lines[0].quantity": ["A Termination line takes its subscription to quantity 0."]])
        await MPTExpect.refused(.rejected, containing: "A Change order needs at least one line") {
            _ = try await client.createChange(agreementID: MPTFixture.acmeAgreement, changes: [])
        }
        await MPTExpect.refused(.conflict, containing: "\(MPTFixture.terminatedAgreement) is Terminated") {
            _ = try await client.createTermination(agreementID: MPTFixture.terminatedAgreement, ending: [
                .init(id: "SUB-2119-4550-0004", itemID: "ITM-5001-0001-0001-0002", name: "M365", quantity: 5,
                      status: "Terminated"),
            ])
        }
    }

    /// Beta's one subscription as the buyer saw it, with `quantity`.
    private static func beta(_ quantity: Int) -> MPTAgreement.Subscription {
        .init(id: MPTFixture.betaSubscription, itemID: "ITM-5001-0001-0001-0001", name: "Microsoft 365 E3",
              quantity: quantity, status: "Active")
    }
}
