import Foundation
import OrderKit

/// Reads white-label orders and items field by field. The platform publishes no response
/// casing, so keys match in any case (`AccountId`, `accountID`); only the order's `Id` is
/// required, and every other field that cannot be read is named in `Order.degraded`.
enum WhiteLabelReader {
    static func order(_ object: inout TolerantObject, account: String, items: [OrderItem] = [],
                      raw: String? = nil, now: Date) throws(UnreadableEntry) -> Order {
        guard let id = object.id("Id") else {
            throw UnreadableEntry(reason: object.degraded["Id"].map { "Id: \($0)" } ?? "Id: absent")
        }
        let status = object.string("Status")
        if status == nil, object.degraded["Status"] == nil { object.degrade("Status", "absent") }
        let createdAt = object.date("OrderDate")
        let currency = object.string("Currency")
        let amount = object.decimal("Total")
        if currency == nil, amount != nil, !object.has("Currency") {
            object.degrade("Currency", "absent, so the total is shown unpriced")
        }
        let total = amount.flatMap { amount in currency.map { Money(amount: amount, currency: $0) } }
        return Order(id: id, provider: .whitelabel, account: account,
                     customerID: object.id("AccountId"), customerName: object.string("AccountName"),
                     status: status ?? "", phase: status.map(WhiteLabelMapping.phase) ?? .unknown,
                     createdAt: createdAt, updatedAt: now, expiresAt: object.date("ExpirationDate"),
                     total: total, items: items, rawPayload: raw, degraded: object.degraded)
    }

    /// An item; nil when it has no id (it cannot be edited or cancelled without one).
    static func item(_ object: inout TolerantObject, orderStatus: String? = nil) -> OrderItem? {
        guard let id = object.id("Id") else { return nil }
        let offerID = object.id("ProductId") ?? ""
        let status = object.string("Status") ?? orderStatus ?? "Draft"
        let currency = object.string("Currency")
        return OrderItem(id: id, offerID: offerID, name: object.string("ProductName") ?? offerID,
                         quantity: object.int("Quantity") ?? 0,
                         unitPrice: object.decimal("UnitPrice").flatMap { amount in
                             currency.map { Money(amount: amount, currency: $0) }
                         },
                         status: status, phase: WhiteLabelMapping.phase(status: status))
    }

    /// The elements of an order list (every page of it), one by one.
    static func orderList(from elements: [JSONValue], account: String, pages: PagesRead = PagesRead(read: 1),
                          now: Date = Date()) -> OrderList {
        let (orders, unreadable) = ListElements.orders(elements, matching: .anyCase) { object throws(UnreadableEntry) in
            try order(&object, account: account, now: now)
        }
        return OrderList(orders: orders, unreadable: unreadable, pages: pages)
    }

    /// One order answer (get, create, checkout).
    static func order(from body: Data, account: String, items: [OrderItem] = [],
                      what: String, now: Date = Date()) throws -> Order {
        try JSONValue.refuseDeepNesting(body, what: what)
        guard let value = JSONValue.parse(body),
              var object = TolerantObject(value, matching: .anyCase) else {
            throw OrderError.malformedResponse(detail: "\(what): not a JSON object")
        }
        do {
            return try order(&object, account: account, items: items, raw: PayloadDecoder.text(body), now: now)
        } catch {
            throw OrderError.malformedResponse(detail: "\(what): \(error.reason)")
        }
    }

    /// The items among collection elements; an item without an id is left out.
    static func items(from elements: [JSONValue], orderStatus: String? = nil) -> [OrderItem] {
        each(elements) { item(&$0, orderStatus: orderStatus) }
    }

    /// One item answer.
    static func item(from body: Data, what: String) throws -> OrderItem {
        try JSONValue.refuseDeepNesting(body, what: what)
        guard let value = JSONValue.parse(body), var object = TolerantObject(value, matching: .anyCase),
              let item = item(&object) else {
            throw OrderError.malformedResponse(detail: "\(what): no item id in the answer")
        }
        return item
    }

    /// A catalog product; nil without an id (it cannot be ordered).
    static func product(_ object: inout TolerantObject) -> WhiteLabelProductPayload? {
        guard let id = object.id("Id") else { return nil }
        return WhiteLabelProductPayload(id: id, name: object.string("Name") ?? id, price: object.decimal("Price"),
                                        currency: object.string("Currency"), billingCycle: object.string("BillingCycle"))
    }

    /// An account; nil without an id (no order can be placed for it).
    static func account(_ object: inout TolerantObject) -> WhiteLabelAccountPayload? {
        guard let id = object.id("Id") else { return nil }
        return WhiteLabelAccountPayload(id: id, name: object.string("Name") ?? id)
    }

    /// A custom field or characteristic; nil without a name (it cannot be written back).
    static func field(_ object: inout TolerantObject) -> WhiteLabelFieldPayload? {
        guard let name = object.string("Name"), !name.isEmpty else { return nil }
        let options = object.array("Options")?.compactMap { value -> String? in
            switch value {
            case .string(let text): text
            case .number(let number): "\(number)"
            default: nil
            }
        }
        return WhiteLabelFieldPayload(name: name, value: object.string("Value"), type: object.string("Type"),
                                      options: options)
    }

    /// The elements that `read` makes something of; the others are left out.
    static func each<T>(_ elements: [JSONValue], _ read: (inout TolerantObject) -> T?) -> [T] {
        elements.compactMap { value in
            guard var object = TolerantObject(value, matching: .anyCase) else { return nil }
            return read(&object)
        }
    }

    /// The fields of a custom fields or characteristics answer (a bare array, or an envelope).
    static func fields(from body: Data, what: String) throws -> [WhiteLabelFieldPayload] {
        each(try WhiteLabelPage(body: body, what: what).elements, field)
    }

    /// An execution status answer; only the order id is required.
    static func execution(from body: Data, what: String) throws -> WhiteLabelExecutionPayload {
        try JSONValue.refuseDeepNesting(body, what: what)
        guard let value = JSONValue.parse(body), var object = TolerantObject(value, matching: .anyCase),
              let orderID = object.id("OrderId") else {
            throw OrderError.malformedResponse(detail: "\(what): no OrderId in the answer")
        }
        return WhiteLabelExecutionPayload(orderID: orderID, status: object.string("Status") ?? "",
                                          message: object.string("Message"))
    }
}
