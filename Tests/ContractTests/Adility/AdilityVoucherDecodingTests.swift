import Foundation
import OrderKit
@testable import Providers
import Testing

/// Vouchers as the document lists their fields, read in both formats and turned into the
/// detail view's sections at a fixed moment.
@Suite struct AdilityVoucherDecodingTests {
    private static let now = Date(timeIntervalSince1970: 1_795_000_000)

    private static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <order><id>7</id><order_number>n-7</order_number><status>active</status>
        <items><item><offer_id>deal-a</offer_id><title>Spa day</title><quantity>2</quantity><price>45</price></item></items>
        <vouchers>
        <voucher><id>V1</id><offer_id>deal-a</offer_id><redemption_code>ABC</redemption_code><status>acquired</status>
        <acquired_at>2026-11-01T00:00:00Z</acquired_at><redeemed_at/><cancelled_at/>
        <expiration_date>2026-11-25T00:00:00Z</expiration_date><barcode>123</barcode><print_url>https://p/1</print_url></voucher>
        <voucher><id>V2</id><offer_id>deal-a</offer_id><status>acquired</status>
        <expiration_date>2026-11-01T00:00:00Z</expiration_date></voucher>
        </vouchers></order>
        """

    private static let json = """
        {"order": {"id": "7", "order_number": "n-7", "status": "active",
          "items": [{"offer_id": "deal-a", "title": "Spa day", "quantity": 2, "price": 45}],
          "vouchers": [
            {"id": "V1", "offer_id": "deal-a", "redemption_code": "ABC", "status": "acquired",
             "acquired_at": "2026-11-01T00:00:00Z", "redeemed_at": null, "cancelled_at": null,
             "expiration_date": "2026-11-25T00:00:00Z", "barcode": "123", "print_url": "https://p/1"},
            {"id": "V2", "offer_id": "deal-a", "status": "acquired", "expiration_date": "2026-11-01T00:00:00Z"}]}}
        """

    @Test func vouchersReadTheSameInBothFormats() throws {
        let fromXML = try AdilityCodec.decode(AdilityOrderPayload.self, root: "order", from: Data(Self.xml.utf8),
                                              as: .xml, what: "order")
        let fromJSON = try AdilityCodec.decode(AdilityOrderPayload.self, root: "order", from: Data(Self.json.utf8),
                                               as: .json, what: "order")
        #expect(AdilityMapping.voucherSections(fromXML, now: Self.now)
            == AdilityMapping.voucherSections(fromJSON, now: Self.now))
    }

    @Test func expiryIsFlaggedWhenCloseOrPastAndMissingFieldsShowADash() throws {
        let payload = try AdilityCodec.decode(AdilityOrderPayload.self, root: "order", from: Data(Self.json.utf8),
                                              as: .json, what: "order")
        let sections = AdilityMapping.voucherSections(payload, now: Self.now)
        #expect(sections.map(\.title) == ["Voucher V1 · Spa day", "Voucher V2 · Spa day"])
        #expect(sections[0].rows == [
            .init("Status", "acquired since 2026-11-01T00:00:00Z"),
            .init("Redemption code", "ABC"),
            .init("Barcode", "123"),
            .init("Print URL", "https://p/1"),
            .init("Expires", "2026-11-25T00:00:00Z (6 days left)", tone: .warning),
        ])
        #expect(sections[1].rows[1...3].map(\.value) == ["—", "—", "—"])
        #expect(sections[1].rows[4] == .init("Expires", "2026-11-01T00:00:00Z (expired unused)", tone: .failure))
    }

    @Test func offerFactsNameTheTypeAsPeopleSayIt() {
        let offer = AdilityOfferPayload(id: "g", title: "Gift", price: 50, value: nil, type: "gift_card",
                                        quantityInStock: 3, status: "active")
        #expect(AdilityMapping.offer(offer).facts == ["gift card", "3 in stock"])
    }
}
