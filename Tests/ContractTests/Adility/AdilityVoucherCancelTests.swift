import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// Cancelling one voucher (`PUT /offers/{offer_id}/vouchers/{id}`, the reference's partial
/// refund) through the client's `cancelItem`, against the sandbox, in JSON and XML.
@Suite struct AdilityVoucherCancelTests {
    @Test(arguments: [AdilityFormat.json, .xml])
    func oneVoucherIsCancelledAndTheRestOfTheOrderStays(format: AdilityFormat) async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client(format)
        let placed = try await client.place(cart: AdilityHarness.cart([("deal-sf-spa", 2), ("gift-la-books", 1)]))
        let spa = try #require(placed.items.first)
        #expect(spa.parts.count == 2 && spa.parts.allSatisfy { $0.parentID == spa.id && $0.phase == .completed })
        #expect(spa.parts.map(\.name) == spa.parts.map { "voucher \($0.id)" })
        let target = spa.parts[1]

        let after = try await client.cancelItem(orderID: placed.id, itemID: target.id)
        #expect(after.status == "active" && after.phase == .completed)
        let parts = after.items.flatMap(\.parts)
        #expect(parts.map(\.id) == placed.items.flatMap(\.parts).map(\.id))
        #expect(parts.map(\.status) == ["acquired", "cancelled", "acquired"])
        #expect(parts.map(\.phase) == [.completed, .cancelled, .completed])
        #expect(after.items.first?.status == "1 acquired, 1 cancelled")

        let raw = try await sandbox.raw(.get, "/orders/\(placed.id)")
        let order = try #require(try sandbox.json(raw, root: "order") as? [String: Any])
        let vouchers = (order["items"] as? [[String: Any]] ?? []).flatMap { $0["vouchers"] as? [[String: Any]] ?? [] }
        let cancelled = try #require(vouchers.first { $0["id"] as? String == target.id })
        #expect(cancelled["cancelled_at"] is String, "the voucher says when it was cancelled")
        #expect(vouchers.filter { $0["cancelled_at"] is String }.count == 1)
    }

    @Test func theRequestNamesTheVouchersOfferAndSendsOnlyItsStatus() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let placed = try await sandbox.client().place(cart: AdilityHarness.cart([("deal-sf-spa", 1)]))
        let voucher = try #require(placed.items.first?.parts.first)
        let wrongOffer = try await sandbox.raw(.put, "/offers/gift-la-books/vouchers/\(voucher.id)",
                                               body: #"{"voucher": {"status": "cancelled"}}"#)
        #expect(wrongOffer.status == 404, "a voucher is found under its own offer only")
        let otherStatus = try await sandbox.raw(.put, "/offers/deal-sf-spa/vouchers/\(voucher.id)",
                                                body: #"{"voucher": {"status": "redeemed"}}"#)
        #expect(otherStatus.status == 400)
        let cancelled = try await sandbox.raw(.put, "/offers/deal-sf-spa/vouchers/\(voucher.id)",
                                              body: #"{"voucher": {"status": "cancelled"}}"#)
        #expect(cancelled.status == 200)
        let answer = try #require(try sandbox.json(cancelled, root: "voucher") as? [String: Any])
        #expect(answer["id"] as? String == voucher.id && answer["status"] as? String == "cancelled")
    }

    @Test func aCancelledVoucherAnItemAndAnUnknownIdAreRefusedWithWhatToDo() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let placed = try await client.place(cart: AdilityHarness.cart([("deal-sf-spa", 1)]))
        let item = try #require(placed.items.first)
        let voucher = try #require(item.parts.first)
        _ = try await client.cancelItem(orderID: placed.id, itemID: voucher.id)

        await #expect { try await client.cancelItem(orderID: placed.id, itemID: voucher.id) } throws: { error in
            guard case .conflict(let detail) = error as? OrderError else { return false }
            return detail.contains("already cancelled")
        }
        await #expect { try await client.cancelItem(orderID: placed.id, itemID: item.id) } throws: { error in
            guard case .rejected(let detail) = error as? OrderError else { return false }
            return detail.contains("select one of the item's vouchers")
        }
        await #expect { try await client.cancelItem(orderID: placed.id, itemID: "V-nope") } throws: { error in
            guard case .notFound(let detail) = error as? OrderError else { return false }
            return detail.contains("no voucher V-nope")
        }
    }
}
