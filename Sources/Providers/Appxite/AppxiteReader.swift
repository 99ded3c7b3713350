import Foundation
import OrderKit

/// Reads Appxite orders, items and form data field by field. The Order API publishes no
/// response casing, so keys match in any case (`OrderId`, `orderId`, `orderID`); only the
/// order's `OrderId` and an item's `OrderItemId` are required, numbers may arrive as text,
/// and every other field that cannot be read is named in the order's `degraded`.
enum AppxiteReader {
    /// One order object; throws only when it has no usable `OrderId`.
    static func order(_ object: inout TolerantObject) throws(UnreadableEntry) -> AppxiteOrderPayload {
        guard let id = object.id("OrderId") else {
            throw UnreadableEntry(reason: object.degraded["OrderId"].map { "OrderId: \($0)" } ?? "OrderId: absent")
        }
        let status = object.string("Status")
        if status == nil, object.degraded["Status"] == nil { object.degrade("Status", "absent") }
        let operations = strings(&object, "Operations")
        let items = object.each("Items") { item(&$0, orderStatus: status) }
        let currency = object.string("Currency")
        let total = object.decimal("Total")
        if currency == nil, total != nil || items.contains(where: { $0.unitPrice != nil }), !object.has("Currency") {
            object.degrade("Currency", "absent, so amounts are shown unpriced")
        }
        return AppxiteOrderPayload(id: id, organizationID: object.id("OrganizationId"), status: status ?? "",
                                   createdAt: object.date("CreatedAt"), currency: currency,
                                   total: total, operations: operations,
                                   statusMessage: object.string("StatusMessage"),
                                   scheduledFor: object.date("ScheduledFor"), items: items,
                                   approveLink: object.string("ApproveLink"), rejectLink: object.string("RejectLink"),
                                   degraded: object.degraded)
    }

    /// An item; nil when it has no `OrderItemId` (nothing can be done to it without one).
    static func item(_ object: inout TolerantObject, orderStatus: String? = nil) -> AppxiteItemPayload? {
        guard let id = object.id("OrderItemId") else { return nil }
        let offerID = object.id("OfferId")
        if offerID == nil, object.degraded["OfferId"] == nil { object.degrade("OfferId", "absent") }
        return AppxiteItemPayload(id: id, offerID: offerID ?? "", offerName: object.string("OfferName"),
                                  quantity: object.int("Quantity") ?? 0, unitPrice: object.decimal("UnitPrice"),
                                  formData: formData(&object), status: object.string("Status") ?? orderStatus ?? "",
                                  subscriptionID: object.id("SubscriptionId"),
                                  subscriptionStatus: object.string("SubscriptionStatus"))
    }

    /// The item's `FormData`, its entry keys kept exactly as sent (they go back in every
    /// operation); nil, and named in `degraded`, when it has no readable `ChargePeriod`.
    static func formData(_ object: inout TolerantObject) -> AppxiteFormData? {
        object.nested("FormData") { (form: inout TolerantObject) -> AppxiteFormData? in
            guard let chargePeriod = form.nested(AppxiteFormData.chargePeriodKey, chargePeriod) else {
                if !form.has(AppxiteFormData.chargePeriodKey) { form.degrade(AppxiteFormData.chargePeriodKey, "absent") }
                return nil
            }
            var numbers: [String: Int] = [:]
            var texts: [String: String] = [:]
            for (key, value) in form.fields where key.lowercased() != AppxiteFormData.chargePeriodKey.lowercased() {
                switch value {
                case .number: if let number = form.int(key) { numbers[key] = number }
                case .string(let text): texts[key] = text
                case .null: continue
                default: form.degrade(key, "expected a number or text, got \(value.kindName)")
                }
            }
            return AppxiteFormData(chargePeriod: chargePeriod, numbers: numbers, texts: texts)
        }
    }

    private static func chargePeriod(_ object: inout TolerantObject) -> AppxiteChargePeriodPayload? {
        let names = ["offerId", "offerRulePricingId", "pricingFrequency", "offerRuleFrequency"]
        let texts = names.map { object.string($0) }
        let months = object.int("offerRuleCustomFrequencyMonths")
        for (name, text) in zip(names, texts) where text == nil && object.degraded[object.path + name] == nil {
            object.degrade(name, "absent")
        }
        let values = texts.compactMap { $0 }
        guard let months, values.count == names.count else { return nil }
        return AppxiteChargePeriodPayload(offerId: values[0], offerRulePricingId: values[1], pricingFrequency: values[2],
                                          offerRuleFrequency: values[3], offerRuleCustomFrequencyMonths: months)
    }

    /// The texts of a list of names (`Operations`); anything else in it is named in `degraded`.
    private static func strings(_ object: inout TolerantObject, _ key: String) -> [String] {
        guard let values = object.array(key) else { return [] }
        return values.compactMap { value in
            if case .string(let text) = value { return text }
            object.degrade(key, "expected names, got \(value.kindName)")
            return nil
        }
    }

    /// One page of the order list, element by element, numbered from `firstPosition`: the
    /// orders (each keeping its own element as raw payload), the unreadable entries, how many
    /// elements the page had, and its `TotalCount` when it gives one.
    static func page(from body: Data, firstPosition: Int, map: (AppxiteOrderPayload) -> Order) throws
        -> (orders: [Order], unreadable: [UnreadableOrder], count: Int, total: Int?) {
        let answer = try ListElements.elements(of: body, keys: ["Items"], matching: .anyCase, what: "order list")
        let read = ListElements.orders(answer.list, firstPosition: firstPosition, matching: .anyCase) { object throws(UnreadableEntry) in
            var mapped = map(try order(&object))
            mapped.rawPayload = JSONValue.object(object.fields).jsonText
            return mapped
        }
        var envelope = answer.envelope
        return (read.orders, read.unreadable, answer.list.count, envelope?.int("TotalCount"))
    }

    /// One order answer (create, operation, retrieve, cancel, approval).
    static func order(from body: Data, what: String) throws -> AppxiteOrderPayload {
        try JSONValue.refuseDeepNesting(body, what: what)
        guard let value = JSONValue.parse(body), var object = TolerantObject(value, matching: .anyCase) else {
            throw OrderError.malformedResponse(detail: "\(what): not a JSON object")
        }
        do {
            return try order(&object)
        } catch {
            throw OrderError.malformedResponse(detail: "\(what): \(error.reason)")
        }
    }

    /// A `create_quote` answer; its lines without an offer id are left out.
    static func quote(from body: Data, what: String) throws -> AppxiteQuotePayload {
        try JSONValue.refuseDeepNesting(body, what: what)
        guard let value = JSONValue.parse(body), var object = TolerantObject(value, matching: .anyCase) else {
            throw OrderError.malformedResponse(detail: "\(what): not a JSON object")
        }
        let lines = object.each("Lines") { line -> AppxiteQuotePayload.Line? in
            guard let offerID = line.id("OfferId") else { return nil }
            return AppxiteQuotePayload.Line(offerID: offerID, offerName: line.string("OfferName"),
                                            quantity: line.int("Quantity") ?? 0, unitPrice: line.decimal("UnitPrice"),
                                            total: line.decimal("Total"))
        }
        return AppxiteQuotePayload(currency: object.string("Currency"), total: object.decimal("Total"), lines: lines)
    }

    /// The operations an order's raw payload allows (`Operations`), none when unreadable.
    static func operations(inRaw raw: String) -> [String] {
        let data = Data(raw.utf8)
        guard let value = JSONValue.parse(data),
              var object = TolerantObject(value, matching: .anyCase) else {
            return []
        }
        return strings(&object, "Operations")
    }
}
