import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// The detail view of MPT orders against the sandbox: the Querying loop names what to fix,
/// notes and template, prices with their currency, and the audit timeline.
@Suite struct MPTDetailTests {
    @Test func queryingOrderNamesTheParameterToFix() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let sections = try await mpt.client().details(orderID: MPTFixture.queryingOrder)
        #expect(sections.map(\.title) == ["Waiting for the buyer", "Order", "Notes", "Prices", "Audit"])
        #expect(sections[0].rows == [
            .init("Querying", "fix Microsoft Partner ID in the order's fields, then resubmit it", tone: .warning),
            .init("Microsoft Partner ID", "123456: Unknown MS Partner ID", tone: .warning),
        ])
        #expect(sections[2].rows == [
            .init("Notes", "—"),
            .init("Status notes", "VND-0001: The vendor needs a valid Microsoft Partner ID.", tone: .warning),
            .init("Template", "Information Required"),
        ])
    }

    @Test func vendorsQueryShowsUpInTheDetailsAndTheAuditTimeline() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let draft = try await mpt.readyDraft(client, partnerID: "999")
        mpt.clock.advance(by: 60)
        _ = try await client.place(orderID: draft.id)
        mpt.clock.advance(by: 4)
        let sections = try await client.details(orderID: draft.id)
        let waiting = try #require(sections.first { $0.title == "Waiting for the buyer" })
        #expect(waiting.rows.last?.label == "Microsoft Partner ID")
        #expect(waiting.rows.last?.value.hasPrefix("999: The vendor could not verify Microsoft Partner ID '999'") == true)

        let audit = try #require(sections.first { $0.title == "Audit" })
        #expect(audit.rows.map(\.label) == ["created", "processing", "querying", "updated"])
        #expect(audit.rows.allSatisfy { $0.value.hasSuffix(" by Sandbox Buyer") })
        let start = mpt.clock.now().addingTimeInterval(-64)
        #expect(audit.rows.map { String($0.value.prefix(20)) } == [
            start.ISO8601Format(), start.addingTimeInterval(60).ISO8601Format(),
            start.addingTimeInterval(64).ISO8601Format(), start.addingTimeInterval(64).ISO8601Format(),
        ])

        _ = try await client.setParameter(orderID: draft.id, parameterID: MPTFixture.partnerIDParameter, value: "1234567")
        _ = try await client.place(orderID: draft.id)
        mpt.clock.advance(by: 4)
        let done = try await client.details(orderID: draft.id)
        #expect(!done.contains { $0.title == "Waiting for the buyer" })
        #expect(done.first { $0.title == "Notes" }?.rows.last == .init("Template", "Successful Activation"))
    }

    @Test func pricesShowSaleAndPurchaseWithCurrencyAndPerLine() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let client = mpt.client()
        let prices = try #require(try await client.details(orderID: MPTFixture.completedOrder)
            .first { $0.title == "Prices" })
        #expect(prices.rows == [
            .init("Sale per month (SPxM)", "268.40 USD"),
            .init("Sale per year (SPxY)", "3220.80 USD"),
            .init("Purchase per month (PPxM)", "244.00 USD"),
            .init("Purchase per year (PPxY)", "2928.00 USD"),
            .init("Markup", "10 %"),
            .init("Margin", "9.09 %"),
            .init("Adobe Illustrator × 10", "220.00 USD per month"),
            .init("Adobe Photoshop × 2", "48.40 USD per month"),
        ])
        let order = try #require(try await client.details(orderID: MPTFixture.completedOrder).first { $0.title == "Order" })
        #expect(order.rows.prefix(2) == [.init("Type", "Purchase"),
                                         .init("Agreement", "\(MPTFixture.acmeAgreement) · Adobe Creative Cloud for Acme GmbH")])
        let draftPrices = try await client.details(orderID: MPTFixture.draftOrder).first { $0.title == "Prices" }
        #expect(draftPrices?.rows.first == .init("Sale per month (SPxM)", "24.20 USD"))
        let newPrices = try await client.details(orderID: MPTFixture.newOrder).first { $0.title == "Prices" }
        #expect(newPrices?.rows == [.init("Not priced yet", "add a line: the price list prices it")])
    }

    @Test func failedOrderShowsWhyInItsStatusNotes() async throws {
        let mpt = try await MPTHarness.start()
        defer { Task { await mpt.stop() } }
        let notes = try #require(try await mpt.client().details(orderID: MPTFixture.failedOrder)
            .first { $0.title == "Notes" })
        #expect(notes.rows[1] == .init("Status notes",
                                       "VND-0500: The vendor refused provisioning: the tenant is suspended.", tone: .failure))
        #expect(notes.rows[2] == .init("Template", "Activation Failed"))
    }
}
