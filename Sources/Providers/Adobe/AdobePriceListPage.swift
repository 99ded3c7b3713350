import Foundation
import OrderKit

/// One page of the answer of `POST /v3/pricelist`, read offer by offer: `partnerPrice` is
/// text on the wire (`"1206.84"`) and is read as a number either way; an offer without an
/// `offerId` is left out, since nothing can be ordered by it.
struct AdobePriceListPage {
    var offers: [Offer]
    /// How many offers the page held, readable or not (the next offset moves by this).
    var count: Int
    var totalCount: Int?

    static func read(_ body: Data, fallbackCurrency: String) throws -> AdobePriceListPage {
        let (list, envelope) = try ListElements.elements(of: body, keys: ["offers"], matching: .exact, what: "price list")
        var header = envelope
        let currency = header?.string("currency") ?? fallbackCurrency
        let offers = list.compactMap { element -> Offer? in
            guard var object = TolerantObject(element, matching: .exact), let id = object.id("offerId") else { return nil }
            let price = object.decimal("partnerPrice").map { Money(amount: $0, currency: currency) }
            return Offer(id: id, name: object.string("productFamily") ?? id, price: price,
                         billing: object.string("duration")?.lowercased())
        }
        return AdobePriceListPage(offers: offers, count: list.count, totalCount: header?.int("totalCount"))
    }
}
