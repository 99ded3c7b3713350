import Foundation
import OrderKit

/// One page of `GET /commerce/orders` in the envelope
/// `{"$meta": {"pagination": {offset, limit, total}, "omitted": […]}, "data": […]}`, read
/// order by order: one that cannot be read is listed with its id and never hides the rest.
struct MPTOrderPage {
    var orders: [Order]
    var unreadable: [UnreadableOrder]
    /// How many entries `data` held, readable or not: how far the offset moves.
    var count: Int
    /// The provider's count of matching orders and the page size it used, when it says.
    var total: Int?
    var limit: Int?

    /// Throws only when the answer holds no list at all (the page is then skipped).
    init(body: Data, firstPosition: Int, account: String, now: Date) throws {
        let (list, envelope) = try ListElements.elements(of: body, keys: ["data"], what: "order list")
        (orders, unreadable) = ListElements.orders(list, firstPosition: firstPosition, matching: .exact) {
            object throws(UnreadableEntry) in try MPTReader.order(&object, account: account, now: now)
        }
        count = list.count
        var meta = envelope
        let pagination = meta?.nested("$meta") { meta in meta.nested("pagination") { ($0.int("total"), $0.int("limit")) } }
        total = pagination?.0
        limit = pagination?.1.flatMap { $0 > 0 ? $0 : nil }
    }
}
