import Foundation
import OrderKit
@testable import Providers
import Testing

/// Reference-shaped answers (`Reference/adility`): vouchers on each item, currency objects
/// in minor units, a barcode image object, a capitalised voucher status and numbers as
/// text, read the same in JSON and XML and turned into the detail view's sections at a
/// fixed moment.
@Suite struct AdilityVoucherDecodingTests {
    private static let now = Date(timeIntervalSince1970: 1_796_000_000)

    static func reference(_ name: String) throws -> Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try Data(contentsOf: folder.appendingPathComponent("Reference/adility/\(name)"))
    }

    private static func order(_ format: AdilityFormat) throws -> AdilityOrderPayload {
        try AdilityReader.order(from: try reference("order.\(format.rawValue)"), as: format, what: "order")
    }

    @Test func vouchersAreReadFromEachItemTheSameInBothFormats() throws {
        let fromJSON = try Self.order(.json)
        let fromXML = try Self.order(.xml)
        #expect(fromJSON.items.map { $0.vouchers.map(\.id) } == [["vch-9001", "vch-9002"], []])
        #expect(fromJSON.items.map(\.quantity) == [2, 1])
        #expect(fromJSON.items.first?.promotionID == "promo-77" && fromJSON.items.first?.reservationID == nil)
        #expect(fromJSON.degraded.isEmpty && fromXML.degraded.isEmpty)
        #expect(AdilityMapping.voucherSections(fromXML, now: Self.now) == AdilityMapping.voucherSections(fromJSON, now: Self.now))
        let json = AdilityMapping.order(fromJSON, account: "t", raw: nil, now: Self.now)
        let xml = AdilityMapping.order(fromXML, account: "t", raw: nil, now: Self.now)
        #expect(json == xml)
        #expect(json.items.map(\.status) == ["1 Acquired, 1 redeemed", "active"])
        #expect(json.createdAt == Date(timeIntervalSince1970: 1_790_777_100))
    }

    @Test func statusIsComparedWithoutCaseAndTheBarcodeIsTheImagesAddress() throws {
        let sections = AdilityMapping.voucherSections(try Self.order(.json), now: Self.now)
        #expect(sections.map(\.title) == ["Voucher vch-9001 · off-harbor-cruise", "Voucher vch-9002 · off-harbor-cruise"])
        #expect(sections[0].rows[0] == .init("Status", "Acquired since 2026-09-30T14:05:01Z"))
        #expect(sections[0].rows[2] == .init("Barcode", "https://images.example.test/barcodes/vch-9001.png"))
        #expect(sections[1].rows[0] == .init("Status", "redeemed since 2026-10-04T10:30:00Z", tone: .success))
    }

    @Test func aRedeemedVoucherCarriesWhenItWasRedeemedInAnyCase() throws {
        var payload = try Self.order(.json)
        let redeemed = Date(timeIntervalSince1970: 1_791_109_800)
        for format in AdilityFormat.allCases {
            let parts = AdilityMapping.order(try Self.order(format), account: "t", raw: nil, now: Self.now).items[0].parts
            #expect(parts.map(\.redemption) == [nil, Redemption(at: redeemed)])
        }
        payload.items[0].vouchers[1].status = "REDEEMED"
        payload.items[0].vouchers[1].redeemedAt = ""
        payload.items[0].vouchers[0].status = "Acquired"
        let parts = AdilityMapping.order(payload, account: "t", raw: nil, now: Self.now).items[0].parts
        #expect(parts.map(\.redemption) == [nil, Redemption(at: nil)], "an empty date stays unknown, never now")
    }

    @Test func itemsAreNamedAndPricedByTheirOfferInItsOwnCurrency() throws {
        let offer = try AdilityReader.offer(from: try Self.reference("offer-jpy.json"), as: .json, what: "offer")
        #expect(offer.price == Money(amount: 4500, currency: "JPY"), "JPY has no minor unit")
        #expect(offer.quantityInStock == 12)
        #expect(AdilityMapping.offer(offer).facts == ["deal", "value ¥9,000", "12 in stock"])
        let order = AdilityMapping.order(try Self.order(.json), account: "t", raw: nil, now: Self.now)
        let named = AdilityMapping.named(order, offers: [offer.id: offer])
        #expect(named.items.map(\.name) == ["Harbor sunset cruise", "off-bakery-coupon"])
        #expect(named.items.first?.unitPrice == Money(amount: 4500, currency: "JPY"))
        #expect(named.total == nil, "an unpriced item leaves the total unknown")
    }

    @Test func xmlOffersReadTheirCurrencyObjects() throws {
        let offers = try AdilityReader.offers(from: try Self.reference("offers.xml"), as: .xml, what: "catalog")
        #expect(offers.map(\.price) == [Money(amount: 0, currency: "USD"), Money(amount: Decimal(string: "39.9")!, currency: "EUR")])
        #expect(offers.map(\.quantityInStock) == [250, 0])
        #expect(AdilityMapping.offer(offers[1]).facts == ["gift card", "value €64.00", "0 in stock"])
    }

    @Test func minorUnitsFollowTheCurrency() {
        let amounts: [(String, Int, Decimal)] = [("USD", 1999, Decimal(string: "19.99")!), ("JPY", 1999, 1999),
                                                 ("KWD", 1999, Decimal(string: "1.999")!), ("usd", 5, Decimal(string: "0.05")!)]
        for (code, minor, major) in amounts {
            var object = TolerantObject(fields: ["currency_code": .string(code), "amount": .number(Decimal(minor))],
                                        matching: .exact)
            #expect(AdilityCurrency.money(&object) == Money(amount: major, currency: code.uppercased()), "\(code)")
        }
    }

    @Test func aBadFieldDegradesThatFieldNotTheOrder() throws {
        let json = #"{"order": {"id": 73121, "status": "active", "purchased_at": "soon", "items": [{"offer_id": "o", "quantity": "two", "vouchers": [{"id": "v", "status": "Acquired", "barcode": 5}, {"status": "lost"}]}, "junk"]}}"#
        let payload = try AdilityReader.order(from: Data(json.utf8), as: .json, what: "order")
        #expect(payload.id == "73121" && payload.purchasedAt == nil)
        #expect(Set(payload.degraded.keys) == ["purchased_at", "items[0].quantity", "items[0].vouchers[0].barcode",
                                              "items[0].vouchers[1]", "items[1]"])
        #expect(payload.vouchers.map(\.id) == ["v"])
        let priceAsNumber = #"{"offer": {"id": "x", "price": 45, "quantity_in_stock": "many"}}"#
        let offer = try AdilityReader.offer(from: Data(priceAsNumber.utf8), as: .json, what: "offer")
        #expect(offer.price == nil && offer.quantityInStock == nil)
    }

    @Test func oneUnreadableOrderInAListIsListedWithItsPlace() throws {
        let xml = "<orders><order><id>1</id><status>active</status></order><order><status>active</status></order><order><id>3</id><status>cancelled</status></order></orders>"
        let read = try AdilityReader.orders(from: Data(xml.utf8), as: .xml, firstPosition: 1, what: "order list") {
            AdilityMapping.order($0, account: "t", raw: nil, now: Self.now)
        }
        #expect(read.orders.map(\.id) == ["1", "3"] && read.count == 3)
        #expect(read.unreadable.map(\.position) == [2] && read.unreadable.first?.reason == "id: absent")
    }
}
