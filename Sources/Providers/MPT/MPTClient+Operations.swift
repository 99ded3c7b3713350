import Foundation
import OrderKit

/// Notes, Change and Termination orders as console operations. Change and Termination act
/// on the agreement of a Completed order: its Active subscriptions are read afresh for every
/// form, preview and perform, so nothing stale is ever sent.
extension MPTClient {
    /// Notes at any status; saving as a quote for Drafts with lines; Change and Termination
    /// on Completed orders with lines, which are the ones that have an agreement with
    /// subscriptions. Whether that agreement is still Active is checked when the form opens.
    public func operations(for order: Order) -> [OrderOperation] {
        let offered: [MPTOperation] = switch (order.status, order.items.isEmpty) {
        case ("Draft", false): [.notes, .saveQuote]
        case ("Completed", false): [.notes, .change, .terminate]
        default: [.notes]
        }
        return offered.map(\.operation)
    }

    /// Notes: one text field with the current notes (key `notes`). Change: one number field
    /// per Active subscription, keyed by subscription id, holding its current quantity.
    /// Terminate: one boolean per Active subscription, keyed by subscription id, all false.
    public func operationForm(_ operation: OrderOperation, orderID: String) async throws -> [CustomField] {
        switch try MPTOperation.named(operation.id) {
        case .notes:
            let (payload, _) = try await orderPayload(orderID)
            return [CustomField(name: "Notes", value: payload.notes ?? "", key: Self.notesKey)]
        case .saveQuote:
            return []
        case .change:
            let (_, subscriptions, prices) = try await activeSubscriptions(of: orderID)
            return subscriptions.map { subscription in
                let price = prices[subscription.itemID].map { ", \($0.formatted) per unit and month" } ?? ""
                return CustomField(name: subscription.name, value: String(subscription.quantity), kind: .number,
                                   key: subscription.id, required: true, minimum: 1,
                                   hint: "now \(subscription.quantity)\(price)")
            }
        case .terminate:
            let (_, subscriptions, _) = try await activeSubscriptions(of: orderID)
            return subscriptions.map { subscription in
                CustomField(name: subscription.name, value: "false", kind: .boolean, key: subscription.id,
                            hint: "\(subscription.quantity) × \(subscription.id)")
            }
        }
    }

    /// What the Change or Termination order would do, line by line with its effect on the
    /// monthly sale price (at the unit prices of the order's own lines), and a total;
    /// nothing is created.
    public func previewOperation(_ operation: OrderOperation, orderID: String,
                                 fields: [CustomField]) async throws -> [String] {
        switch try MPTOperation.named(operation.id) {
        case .notes:
            return ["Notes become: \(Self.notes(in: fields))"]
        case .saveQuote:
            let preview = try await quote(orderID: orderID)
            return ["Order \(orderID) becomes Quoted at \(preview.total?.formatted ?? "the price the vendor sets") per month."]
        case .change:
            let (agreement, subscriptions, prices) = try await activeSubscriptions(of: orderID)
            let changes = try Self.changes(fields, of: subscriptions).map { change, subscription in
                let difference = change.quantity - subscription.quantity
                let direction = difference > 0 ? "up \(difference)" : "down \(-difference)"
                return (text: "\(subscription.name): \(subscription.quantity) → \(change.quantity) (\(direction))",
                        itemID: subscription.itemID, units: difference)
            }
            return Self.priced(changes, order: "Change order on \(agreement.id)", prices: prices)
        case .terminate:
            let (agreement, subscriptions, prices) = try await activeSubscriptions(of: orderID)
            let ending = try Self.terminated(fields, of: subscriptions)
            let changes = ending.map { subscription in
                (text: "Ends \(subscription.name) × \(subscription.quantity) (\(subscription.id))",
                 itemID: subscription.itemID, units: -subscription.quantity)
            }
            let lines = Self.priced(changes, order: "Termination order on \(agreement.id)", prices: prices)
            guard ending.count == subscriptions.count else { return lines }
            return lines + ["Every active subscription ends: agreement \(agreement.id) is terminated."]
        }
    }

    /// Saves the notes, or creates the Change or Termination order (sent once; see `create`)
    /// and returns it in Draft, ready to be processed like any draft.
    public func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField]) async throws -> Order {
        try await perform(operation, orderID: orderID, fields: fields, reference: newReference(for: operation))
    }

    /// The order's `externalIds.client`, which `findPlaced` looks up.
    public func newReference(for operation: OrderOperation) -> String { Self.newExternalClientID() }

    /// The Change or Termination order carries `reference` as its `externalIds.client`.
    public func perform(_ operation: OrderOperation, orderID: String, fields: [CustomField],
                        reference: String) async throws -> Order {
        switch try MPTOperation.named(operation.id) {
        case .notes:
            return try await setNotes(orderID: orderID, notes: Self.notes(in: fields))
        case .saveQuote:
            return try await saveAsQuote(orderID: orderID)
        case .change:
            let (agreement, subscriptions, _) = try await activeSubscriptions(of: orderID)
            let changes = try Self.changes(fields, of: subscriptions).map(\.change)
            return try await createChange(agreementID: agreement.id, changes: changes, externalClientID: reference)
        case .terminate:
            let (agreement, subscriptions, _) = try await activeSubscriptions(of: orderID)
            let ending = try Self.terminated(fields, of: subscriptions)
            return try await createTermination(agreementID: agreement.id, ending: ending, externalClientID: reference)
        }
    }

    static let notesKey = "notes"

    /// The order's agreement, which must be Active, its Active subscriptions, and the monthly
    /// unit sale price of each item as the order's own lines were priced. Catalog items
    /// carry no price in the reference, so the order is where a buyer sees one.
    private func activeSubscriptions(of orderID: String) async throws
        -> (MPTAgreement, [MPTAgreement.Subscription], prices: [String: Money]) {
        let (payload, _) = try await orderPayload(orderID)
        guard let agreementID = payload.agreement?.id else {
            throw OrderError.conflict(detail: "order \(orderID) has no agreement yet; change or terminate subscriptions from a Completed order")
        }
        guard let agreement = try await agreements(filter: MPTRQL.eq("id", agreementID)).first else {
            throw OrderError.notFound(detail: "agreement \(agreementID) of order \(orderID) is not among the buyer's agreements")
        }
        let active = agreement.subscriptions.filter { $0.status == "Active" }
        guard agreement.status == "Active", !active.isEmpty else {
            throw OrderError.conflict(detail: "agreement \(agreementID) is \(agreement.status) with no active subscription; it takes no Change or Termination order")
        }
        let prices = payload.lines.compactMap { line in
            line.price.flatMap { price in
                price.currency.flatMap { currency in price.unitSP.map { (line.item.id, Money(amount: $0, currency: currency)) } }
            }
        }
        return (agreement, active, Dictionary(prices, uniquingKeysWith: { first, _ in first }))
    }

    private static func notes(in fields: [CustomField]) -> String {
        fields.first { $0.key == notesKey }?.value ?? ""
    }

    /// The subscriptions whose quantity the form changes, with the new quantity; refused
    /// when a quantity is not a whole number of at least 1 or nothing changes.
    private static func changes(_ fields: [CustomField], of subscriptions: [MPTAgreement.Subscription])
        throws -> [(change: MPTSubscriptionChange, subscription: MPTAgreement.Subscription)] {
        let changes = try fields.compactMap { field -> (change: MPTSubscriptionChange,
                                                          subscription: MPTAgreement.Subscription)? in
            let subscription = try subscription(field.key, in: subscriptions)
            guard let quantity = Int(field.value.trimmingCharacters(in: .whitespaces)), quantity >= 1 else {
                throw OrderError.rejected(detail: "\(field.name): '\(field.value)' is not a quantity of at least 1; to end a subscription, terminate it")
            }
            guard quantity != subscription.quantity else { return nil }
            return (MPTSubscriptionChange(subscription, to: quantity), subscription)
        }
        guard !changes.isEmpty else {
            throw OrderError.rejected(detail: "nothing to change: set a new quantity for at least one subscription")
        }
        return changes
    }

    /// The subscriptions ticked for termination; refused when none is.
    private static func terminated(_ fields: [CustomField], of subscriptions: [MPTAgreement.Subscription])
        throws -> [MPTAgreement.Subscription] {
        let chosen = try fields.filter { $0.value == "true" }.map { try subscription($0.key, in: subscriptions) }
        guard !chosen.isEmpty else {
            throw OrderError.rejected(detail: "nothing to terminate: tick at least one subscription")
        }
        return chosen
    }

    private static func subscription(_ id: String, in subscriptions: [MPTAgreement.Subscription])
        throws -> MPTAgreement.Subscription {
        guard let subscription = subscriptions.first(where: { $0.id == id }) else {
            throw OrderError.conflict(detail: "\(id) is no longer an active subscription of the agreement; open the form again")
        }
        return subscription
    }

    /// One line per changed subscription with its effect on the monthly sale price, then the
    /// order's total per month and year; without a price for every line, the total is left
    /// to the vendor.
    private static func priced(_ changes: [(text: String, itemID: String, units: Int)], order: String,
                               prices: [String: Money]) -> [String] {
        let deltas = changes.map { change in prices[change.itemID].map { $0 * change.units } }
        let lines = zip(changes, deltas).map { change, delta in
            change.text + (delta.map { ", \(signed($0)) per month" } ?? "")
        }
        let count = changes.count == 1 ? "1 subscription" : "\(changes.count) subscriptions"
        guard let total = Money.total(deltas.compactMap { $0 }), !deltas.contains(where: { $0 == nil }) else {
            return lines + ["\(order): \(count); the vendor prices it when it is processed."]
        }
        return lines + ["\(order): \(count), \(signed(total)) per month, \(signed(total * 12)) per year."]
    }

    /// "+44.00 USD" or "-22.00 USD": which way the price goes.
    private static func signed(_ money: Money) -> String {
        money.amount > 0 ? "+\(money.formatted)" : money.formatted
    }
}
