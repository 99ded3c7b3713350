import Foundation
import OrderKit

/// Reads Adility orders, vouchers and offers field by field, from the `AdilityTree` of a
/// JSON or XML answer. Keys match exactly, as the reference spells them; only an order's,
/// voucher's or offer's `id` is required, numbers may arrive as text, and every other field
/// that cannot be read is named in `degraded` instead of failing the order.
enum AdilityReader {
    /// One order object; throws only when it has no usable `id`.
    static func order(_ object: inout TolerantObject) throws(UnreadableEntry) -> AdilityOrderPayload {
        guard let id = object.id("id") else {
            throw UnreadableEntry(reason: object.degraded["id"].map { "id: \($0)" } ?? "id: absent")
        }
        let status = object.string("status")
        if status == nil, object.degraded["status"] == nil { object.degrade("status", "absent") }
        let items = object.each("items", item)
        return AdilityOrderPayload(id: id, orderNumber: object.string("order_number"), status: status ?? "",
                                   items: items, customerName: object.string("customer_name"),
                                   purchasedAt: date(&object, "purchased_at"), degraded: object.degraded)
    }

    /// An item; every field optional, as the reference's own example shows an empty one.
    static func item(_ object: inout TolerantObject) -> AdilityOrderItemPayload? {
        AdilityOrderItemPayload(offerID: object.id("offer_id"), reservationID: object.id("reservation_id"),
                                promotionID: object.id("promotion_id"), quantity: object.int("quantity"),
                                vouchers: object.each("vouchers", voucher))
    }

    /// A voucher; nil when it has no `id` (it cannot be told apart or cancelled without one).
    static func voucher(_ object: inout TolerantObject) -> AdilityVoucherPayload? {
        guard let id = object.id("id") else { return nil }
        return AdilityVoucherPayload(
            id: id, offerID: object.id("offer_id"), redemptionCode: object.string("redemption_code"),
            customerName: object.string("customer_name"), status: object.string("status") ?? "",
            acquiredAt: object.string("acquired_at"), redeemedAt: object.string("redeemed_at"),
            cancelledAt: object.string("cancelled_at"), expirationDate: object.string("expiration_date"),
            barcode: barcode(&object), printURL: object.string("print_url"))
    }

    /// An offer; nil when it has no `id`.
    static func offer(_ object: inout TolerantObject) -> AdilityOfferPayload? {
        guard let id = object.id("id") else { return nil }
        let value = AdilityCurrency.field(&object, "value")
        return AdilityOfferPayload(id: id, title: object.string("title"),
                                   price: AdilityCurrency.field(&object, "price")?.money,
                                   value: value?.money, formattedValue: value?.formatted,
                                   type: object.string("type"), quantityInStock: object.int("quantity_in_stock"),
                                   status: object.string("status"))
    }

    /// The barcode is an image object: its address when it gives one (`url`, else `src`),
    /// else that there is an image. Text is taken as it is.
    private static func barcode(_ object: inout TolerantObject) -> String? {
        switch object.value("barcode") {
        case nil: return nil
        case .string(let text)?: return text.isEmpty ? nil : text
        case .object?: return object.nested("barcode") { $0.string("url") ?? $0.string("src") ?? "an image" }
        case let other?:
            object.degrade("barcode", "expected an image object, got \(other.kindName)")
            return nil
        }
    }

    /// A date; an empty text (the reference's examples send them) is no date, not an error.
    private static func date(_ object: inout TolerantObject, _ key: String) -> Date? {
        if case .string(let text)? = object.value(key), text.isEmpty { return nil }
        return object.date(key)
    }

    /// One order answer, under its `order` root.
    static func order(from data: Data, as format: AdilityFormat, what: String) throws -> AdilityOrderPayload {
        var object = try AdilityTree.root("order", of: data, as: format, what: what)
        do {
            return try order(&object)
        } catch {
            throw OrderError.malformedResponse(detail: "\(what): \(error.reason)")
        }
    }

    /// An order list answer, element by element, numbered from `firstPosition`.
    static func orders(from data: Data, as format: AdilityFormat, firstPosition: Int, what: String,
                       map: (AdilityOrderPayload) -> Order) throws -> (orders: [Order], unreadable: [UnreadableOrder], count: Int) {
        let list = try AdilityTree.list("orders", of: data, as: format, what: what)
        let read = ListElements.orders(list, firstPosition: firstPosition, matching: .exact) { object throws(UnreadableEntry) in
            map(try order(&object))
        }
        return (read.orders, read.unreadable, list.count)
    }

    /// One offer answer, under its `offer` root.
    static func offer(from data: Data, as format: AdilityFormat, what: String) throws -> AdilityOfferPayload {
        var object = try AdilityTree.root("offer", of: data, as: format, what: what)
        guard let offer = offer(&object) else {
            throw OrderError.malformedResponse(detail: "\(what): offer has no id")
        }
        return offer
    }

    /// The offers of a catalog answer; one without an id is left out.
    static func offers(from data: Data, as format: AdilityFormat, what: String) throws -> [AdilityOfferPayload] {
        try AdilityTree.list("offers", of: data, as: format, what: what).compactMap { value in
            guard var object = TolerantObject(value, matching: .exact) else { return nil }
            return offer(&object)
        }
    }
}
