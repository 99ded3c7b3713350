import Foundation
import OrderKit

/// Reads Marketplace orders field by field, as a tolerant reader must read real answers.
///
/// The reference publishes its casing, so keys match exactly. Only `id` is required: a
/// field that is absent, `null` or of another type leaves that field unknown and is named
/// in `Order.degraded`; an unknown status is kept verbatim with the phase `unknown`. The
/// customer is the licensee when the order names one, else its agreement.
enum MPTReader {
    static func order(_ object: inout TolerantObject, account: String, raw: String? = nil,
                      now: Date) throws(UnreadableEntry) -> Order {
        guard let id = object.id("id") else {
            throw UnreadableEntry(reason: object.degraded["id"].map { "id: \($0)" } ?? "id: absent")
        }
        let status = object.string("status")
        if status == nil, object.degraded["status"] == nil { object.degrade("status", "absent") }
        let licensee = object.nested("licensee", reference)
        let agreement = object.nested("agreement", reference)
        let customer = licensee ?? agreement
        let createdAt = object.nested("audit") { audit in audit.nested("created") { $0.date("at") } }
        let price = object.nested("price", MPTReader.price)
        let items = object.each("lines") { line in item(&line, orderStatus: status ?? "") }
        return Order(id: id, provider: .mpt, account: account, customerID: customer?.id,
                     customerName: customer?.name, status: status ?? "",
                     phase: status.map { MPTMapping.phase(status: $0) } ?? .unknown, createdAt: createdAt,
                     updatedAt: now, total: price?.monthly, items: items, rawPayload: raw,
                     degraded: object.degraded, kind: object.string("type").flatMap { MPTMapping.kind(type: $0) })
    }

    /// A line; nil when it has no id (it cannot be changed or removed without one). Lines
    /// have no status of their own: each shows its order's. Its `subscription` is the one it
    /// created (a completed Purchase) or changes.
    static func item(_ line: inout TolerantObject, orderStatus: String) -> OrderItem? {
        guard let id = line.id("id") else { return nil }
        let item = line.nested("item", reference)
        let quantity = line.int("quantity")
        if quantity == nil, line.degraded[line.path + "quantity"] == nil { line.degrade("quantity", "absent") }
        let price = line.nested("price", MPTReader.price)
        return OrderItem(id: id, offerID: item?.id ?? "", name: item?.name ?? item?.id ?? "",
                         quantity: quantity ?? 0, unitPrice: price?.unit, status: orderStatus,
                         phase: MPTMapping.phase(status: orderStatus), previousQuantity: line.int("oldQuantity"),
                         subscriptionID: line.nested("subscription", reference)?.id)
    }

    /// The order's own price as a preview: each line's unit and monthly sale price, the
    /// monthly total, with the yearly and one-time (`SPx1`) figures in the note. A line
    /// without an item or a quantity is left out (and the count of lines says so).
    static func quote(from body: Data, what: String) throws -> Quote {
        guard let value = JSONValue.parse(body), var object = TolerantObject(value, matching: .exact) else {
            throw OrderError.malformedResponse(detail: "\(what): not a JSON object")
        }
        let lines = object.each("lines") { line -> Quote.Line? in
            guard let item = line.nested("item", reference), let quantity = line.int("quantity") else { return nil }
            let price = line.nested("price", MPTReader.price)
            return Quote.Line(offerID: item.id, name: item.name ?? item.id, quantity: quantity, unitPrice: price?.unit,
                              total: price?.monthly, previousQuantity: line.int("oldQuantity"))
        }
        let price = object.nested("price", MPTReader.price)
        let figures = [price?.yearly.map { "\($0.formatted) per year" },
                       price?.oneTime.flatMap { $0.amount == 0 ? nil : "\($0.formatted) one-time" }]
        return Quote(lines: lines, total: price?.monthly,
                     note: (["Monthly sale price"] + figures.compactMap { $0 }).joined(separator: "; "))
    }

    /// One order answer (get, create, change, a transition).
    static func order(from body: Data, account: String, what: String, now: Date = Date()) throws -> Order {
        guard let value = JSONValue.parse(body), var object = TolerantObject(value, matching: .exact) else {
            throw OrderError.malformedResponse(detail: "\(what): not a JSON object")
        }
        do {
            return try order(&object, account: account, raw: PayloadDecoder.text(body), now: now)
        } catch {
            throw OrderError.malformedResponse(detail: "\(what): \(error.reason)")
        }
    }

    /// What the vendor says about the order's status: its `statusNotes` (why it failed, what
    /// to fix while Querying), else its `error`.
    static func statusMessage(in body: Data) -> String? {
        guard let value = JSONValue.parse(body), var object = TolerantObject(value, matching: .exact) else { return nil }
        let notes = object.nested("statusNotes") { $0.string("message") }
        let error = object.nested("error") { $0.string("message") }
        return notes ?? error
    }

    /// The `externalIds.client` of an order answer; the document's own example spells the
    /// object `externalIDs`, its field table `externalIds`, so both are read.
    static func externalClientID(in raw: String) -> String? {
        guard let value = JSONValue.parse(Data(raw.utf8)), var object = TolerantObject(value, matching: .exact) else {
            return nil
        }
        let documented = object.nested("externalIds") { $0.string("client") }
        let example = object.nested("externalIDs") { $0.string("client") }
        return documented ?? example
    }

    /// A reference (`licensee`, `agreement`, `item`): nil without an id.
    private static func reference(_ object: inout TolerantObject) -> (id: String, name: String?)? {
        guard let id = object.id("id") else { return nil }
        return (id, object.string("name"))
    }

    /// The sale prices: per unit, per month, per year and one-time, in the price's own
    /// currency (never a guessed one).
    private static func price(_ object: inout TolerantObject)
        -> (unit: Money?, monthly: Money?, yearly: Money?, oneTime: Money?)? {
        guard let currency = object.string("currency") else { return nil }
        func money(_ key: String) -> Money? { object.decimal(key).map { Money(amount: $0, currency: currency) } }
        return (money("unitSP"), money("SPxM"), money("SPxY"), money("SPx1"))
    }
}
