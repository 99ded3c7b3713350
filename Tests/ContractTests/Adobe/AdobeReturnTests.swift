import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// RETURN orders: within 14 days of a completed NEW or RENEWAL order, line by line.
@Suite struct AdobeReturnTests {
    private static let seededRecent = "5000000003"

    @Test func returnedLinesThenTheWholeOrderBecome1008() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let first = try await sandbox.raw(.post, sandbox.ordersPath,
                                          body: AdobeHarness.body(type: "RETURN", lines: [(1, "65304768CA01A12", 5)],
                                                                  extra: #", "referenceOrderId": "\#(Self.seededRecent)""#))
        #expect(first.status == 201)
        #expect(first.object["orderType"] as? String == "RETURN")
        let client = sandbox.client()
        let partly = try await client.order(id: Self.seededRecent)
        #expect(partly.status == "1000")
        #expect(partly.items.map(\.status) == ["1008", "1000"])

        let cancelled = try await client.cancel(orderID: Self.seededRecent)
        #expect(cancelled.status == "1008" && cancelled.phase == .cancelled)
        #expect(cancelled.items.map(\.phase) == [.cancelled, .cancelled])
        await #expect(throws: OrderError.conflict(detail: "order \(Self.seededRecent) has nothing left to return")) {
            try await client.cancel(orderID: Self.seededRecent)
        }
    }

    @Test func aPlacedOrderCancelsUntilFourteenDaysHavePassed() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let kept = try await client.place(cart: sandbox.cart([("65304520CA01A12", 2)]))
        let returned = try await client.place(cart: sandbox.cart([("65304520CA01A12", 2)]))
        sandbox.clock.advance(by: 14 * 24 * 3600)
        #expect(try await client.cancel(orderID: returned.id).phase == .cancelled)
        sandbox.clock.advance(by: 1)
        do {
            _ = try await client.cancel(orderID: kept.id)
            Issue.record("a return after 14 days was accepted")
        } catch let error as OrderError {
            guard case .rejected(let detail) = error else { Issue.record("expected 400, got \(error)"); return }
            #expect(detail.contains("more than 14 days ago") && detail.hasPrefix("Adobe 1117 invalid fields — "))
        }
        let old = try await sandbox.raw(.post, sandbox.ordersPath,
                                        body: AdobeHarness.body(type: "RETURN", lines: [(1, "65304522CA01A12", 1)],
                                                                extra: #", "referenceOrderId": "5000000002""#))
        #expect(old.status == 400)
        #expect(old.object["code"] as? String == "1117")
        #expect(old.object["additionalDetails"] as? [String] == ["referenceOrderId"])
    }

    @Test func returningMoreThanRemainsIs422AndCancelReturnsOnlyWhatRemains() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let reference = #", "referenceOrderId": "\#(Self.seededRecent)""#
        let partial = try await sandbox.raw(.post, sandbox.ordersPath,
                                            body: AdobeHarness.body(type: "RETURN", lines: [(2, "65304520CA01A12", 1)],
                                                                    extra: reference))
        #expect(partial.status == 201)
        let over = try await sandbox.raw(.post, sandbox.ordersPath,
                                         body: AdobeHarness.body(type: "RETURN", lines: [(2, "65304520CA01A12", 2)],
                                                                 extra: reference))
        #expect(over.status == 422)
        #expect(over.object["code"] as? String == "RETURN_QTY_EXCEEDS_REMAINING")
        #expect(over.object["additionalDetails"] as? [String] == ["lineItems[0].quantity"])
        let cancelled = try await sandbox.client().cancel(orderID: Self.seededRecent)
        #expect(cancelled.phase == .cancelled)
        #expect(cancelled.items.map(\.phase) == [.cancelled, .cancelled])
    }

    @Test(arguments: [
        ("5000000009", "only completed orders can be returned"),
        ("5000000008", "only completed orders can be returned"),
        ("5000000006", "only NEW and RENEWAL orders can be returned"),
        ("5000000010", "does not exist for customer"),
    ])
    func onlyCompletedNewOrRenewalOrdersOfTheCustomerReturn(orderID: String, reason: String) async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let response = try await sandbox.raw(.post, sandbox.ordersPath,
                                             body: AdobeHarness.body(type: "RETURN", lines: [(1, "65304520CA01A12", 1)],
                                                                     extra: #", "referenceOrderId": "\#(orderID)""#))
        #expect(response.status == 400)
        #expect((response.object["message"] as? String)?.contains(reason) == true)
    }

    @Test func returnLinesMustMatchTheReferencedLines() async throws {
        let sandbox = try await AdobeHarness.start()
        defer { Task { await sandbox.stop() } }
        let response = try await sandbox.raw(.post, sandbox.ordersPath,
                                             body: AdobeHarness.body(type: "RETURN",
                                                                     lines: [(9, "65304768CA01A12", 1), (2, "65304768CA01A12", 1)],
                                                                     extra: #", "referenceOrderId": "\#(Self.seededRecent)""#))
        #expect(response.status == 400)
        #expect(response.object["additionalDetails"] as? [String] == ["lineItems[0].extLineItemNumber", "lineItems[1].offerId"])
    }
}
