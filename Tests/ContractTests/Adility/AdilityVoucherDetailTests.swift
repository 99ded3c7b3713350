import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// What the detail view, the cancel confirmation and the offer browser show for Adility:
/// each voucher as the sandbox serves it, in JSON and XML.
@Suite struct AdilityVoucherDetailTests {
    @Test func everyVoucherShowsItsCodeBarcodePrintURLAndStatusInBothFormats() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let placed = try await sandbox.client().place(cart: AdilityHarness.cart([("deal-sf-spa", 2),
                                                                                 ("coupon-sf-pastry", 1)]))
        let order = try #require(try sandbox.json(try await sandbox.raw(.get, "/orders/\(placed.id)"),
                                                  root: "order") as? [String: Any])
        let vouchers = (order["items"] as? [[String: Any]] ?? []).flatMap { $0["vouchers"] as? [[String: Any]] ?? [] }
        #expect(vouchers.count == 2)

        let viaJSON = try await sandbox.client(.json).details(orderID: placed.id)
        let viaXML = try await sandbox.client(.xml).details(orderID: placed.id)
        #expect(viaXML == viaJSON)
        #expect(viaJSON.map(\.title) == vouchers.map { "Voucher \($0["id"] as! String) · Half-price spa day" })
        for (section, voucher) in zip(viaJSON, vouchers) {
            #expect(section.rows.map(\.label) == ["Status", "Redemption code", "Barcode", "Print URL", "Expires"])
            #expect(section.rows[0].value == "acquired since \(voucher["acquired_at"] as! String)")
            #expect(section.rows[1].value == voucher["redemption_code"] as? String)
            #expect(section.rows[2].value == (voucher["barcode"] as? [String: Any])?["url"] as? String)
            #expect(section.rows[3].value == voucher["print_url"] as? String)
            #expect(section.rows[4].value == voucher["expiration_date"] as? String)
            #expect(section.rows.allSatisfy { $0.tone == .normal && !$0.value.isEmpty })
        }
    }

    @Test func cancellingStopsEveryVoucherAndTheConfirmationSaysSo() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client(.xml)
        #expect(client.capabilities.cancelNotice == AdilityClient.cancelNotice)
        #expect(AdilityClient.cancelNotice.hasPrefix("Cancels the whole order and every voucher in it"))
        let placed = try await client.place(cart: AdilityHarness.cart([("deal-sf-dinner", 1), ("deal-oak-climb", 2)]))
        _ = try await client.cancel(orderID: placed.id)

        let sections = try await client.details(orderID: placed.id)
        #expect(sections.count == 3)
        let statuses = sections.map { $0.rows[0] }
        #expect(statuses.allSatisfy { $0.value.hasPrefix("cancelled since ") && $0.tone == .failure })
        let raw = try #require(try sandbox.json(try await sandbox.raw(.get, "/orders/\(placed.id)"), root: "order")
            as? [String: Any])
        let vouchers = (raw["items"] as? [[String: Any]] ?? []).flatMap { $0["vouchers"] as? [[String: Any]] ?? [] }
        #expect(vouchers.count == 3 && vouchers.allSatisfy { $0["status"] as? String == "cancelled" })
    }

    @Test func redeemedVouchersShowAsDoneAndOrdersWithoutVouchersSayWhy() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let seeded = try await client.orders(stage: .all)
        let grace = try #require(seeded.first { $0.customerName == "Grace Hopper" })
        let tones = try await client.details(orderID: grace.id).map { $0.rows[0].tone }
        #expect(tones == [.success, .normal])
        let redeemed = try #require(grace.items.first?.parts.first)
        #expect(redeemed.redemption?.at != nil, "the demo shows a redeemed voucher that x refuses with its date")

        let katherine = try #require(seeded.first { $0.customerName == "Katherine Johnson" })
        let none = try await client.details(orderID: katherine.id)
        #expect(none.map(\.title) == ["Vouchers"])
        #expect(none.first?.rows.first?.value.hasPrefix("only deals and gift cards issue vouchers") == true)
    }

    @Test func offersCarryTypeFaceValueAndStock() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        for format in AdilityFormat.allCases {
            let offers = try await sandbox.client(format).offers()
            #expect(offers.first { $0.id == "deal-sf-spa" }?.facts == ["deal", "value $90.00", "38 in stock"])
            #expect(offers.first { $0.id == "gift-la-books" }?.facts == ["gift card", "value $50.00", "19 in stock"])
            #expect(offers.first { $0.id == "coupon-sf-pastry" }?.price == Money(amount: 0, currency: "USD"))
        }
        _ = try await sandbox.client().place(cart: AdilityHarness.cart([("deal-sf-dinner", 2)]))
        #expect(try await sandbox.client().offers().first { $0.id == "deal-sf-dinner" }?.facts.last == "3 in stock")
    }
}
