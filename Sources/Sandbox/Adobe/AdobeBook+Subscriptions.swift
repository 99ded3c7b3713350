import Foundation

/// The subscriptions API (`subscription-management/`) and how orders move subscriptions:
/// a completed NEW line joins the customer's subscription to that product (or starts one),
/// a RENEWAL renews the subscription it names and keeps its id, a RETURN takes licences
/// back out.
extension AdobeBook {
    /// The most licences one subscription may renew (Team products).
    static let maxRenewalQuantity = 10_000

    // MARK: Reading

    /// `GET /v3/customers/{customerId}/subscriptions`: all of them, oldest first.
    func subscriptions(customerID: String) throws -> AdobeSubscriptionList {
        try state.settled { state, now in
            let customer = try Self.customer(customerID, in: state)
            let items = state.subscriptions.values.filter { $0.customerId == customerID }
                .sorted { ($0.creationDate, $0.subscriptionId) < ($1.creationDate, $1.subscriptionId) }
                .map { $0.wire(renewalDate: customer.anniversary(after: now)) }
            return AdobeSubscriptionList(customerID: customerID, items: items)
        }
    }

    /// `GET /v3/customers/{customerId}/subscriptions/{subscriptionId}`; 3115 for an id the
    /// customer lacks.
    func subscription(customerID: String, id: String) throws -> AdobeSubscription.Wire {
        try state.settled { state, now in
            let customer = try Self.customer(customerID, in: state)
            return try Self.subscription(id, of: customerID, in: state).wire(renewalDate: customer.anniversary(after: now))
        }
    }

    // MARK: Writing

    /// `PATCH …/subscriptions/{subscriptionId}`: auto-renewal on or off, an explicit renewal
    /// quantity, flexible discount codes (`reset-flex-discount-codes=true` clears them).
    /// Only an active or scheduled subscription changes (3119); a quantity out of range is 3116.
    func updateSubscription(customerID: String, id: String, body data: Data,
                            resetFlexDiscounts: Bool) throws -> AdobeSubscription.Wire {
        let body = resetFlexDiscounts && data.isEmpty ? AdobeSubscriptionBody() : try Self.decodeSubscription(data)
        if !resetFlexDiscounts, body.autoRenewal == nil {
            throw AdobeRefusal.invalidField("autoRenewal", "send autoRenewal, the only part of a subscription that can change")
        }
        let fixed = [("offerId", body.offerId), ("currencyCode", body.currencyCode), ("deploymentId", body.deploymentId)]
            .filter { $0.1 != nil }.map(\.0)
        if !fixed.isEmpty {
            throw AdobeRefusal(status: .badRequest, code: "1119",
                               message: "Some fields are not editable: \(fixed.joined(separator: ", ")); only autoRenewal changes",
                               additionalDetails: fixed)
        }
        try Self.checkRenewalQuantity(body.autoRenewal?.renewalQuantity)
        return try state.settled { state, now in
            let customer = try Self.customer(customerID, in: state)
            var subscription = try Self.subscription(id, of: customerID, in: state)
            guard subscription.status != AdobeSubscription.inactive else {
                throw AdobeRefusal(status: .badRequest, code: "3119",
                                   message: "Inactive Subscription is not Editable: subscription \(id) is 1004")
            }
            if let renewal = body.autoRenewal {
                subscription.autoRenewal.enabled = renewal.enabled
                if let quantity = renewal.renewalQuantity { subscription.explicitRenewalQuantity = quantity }
                if let codes = renewal.flexDiscountCodes { subscription.autoRenewal.flexDiscountCodes = codes }
            }
            if resetFlexDiscounts { subscription.autoRenewal.flexDiscountCodes = nil }
            state.subscriptions[id] = subscription
            return subscription.wire(renewalDate: customer.anniversary(after: now))
        }
    }

    /// `POST …/subscriptions`: a scheduled (1009) subscription with no licences yet, for a
    /// product the customer does not hold, renewed at the next anniversary. `enabled` must be
    /// true and `renewalQuantity` is required; only a customer with an active subscription
    /// may schedule one.
    func createSubscription(customerID: String, body data: Data) throws -> AdobeSubscription.Wire {
        let body = try Self.decodeSubscription(data)
        var violations: [AdobeRefusal.Violation] = []
        let offer = AdobeSeed.offers.first { $0.offerId == body.offerId }
        if offer == nil {
            violations.append(.init(field: "offerId", reason: "offerId '\(body.offerId ?? "")' is not in the price list"))
        }
        if body.autoRenewal?.enabled != true {
            violations.append(.init(field: "autoRenewal.enabled", reason: "a new subscription needs autoRenewal.enabled true"))
        }
        if body.autoRenewal?.renewalQuantity == nil {
            violations.append(.init(field: "autoRenewal.renewalQuantity", reason: "a new subscription needs autoRenewal.renewalQuantity"))
        }
        if let currency = body.currencyCode, let offer, currency != offer.currencyCode {
            violations.append(.init(field: "currencyCode", reason: "offer \(offer.offerId) is priced in \(offer.currencyCode), not \(currency)"))
        }
        guard violations.isEmpty, let offer, let quantity = body.autoRenewal?.renewalQuantity else {
            throw AdobeRefusal.invalidFields(violations)
        }
        try Self.checkRenewalQuantity(quantity)
        return try state.settled { state, now in
            let customer = try Self.customer(customerID, in: state)
            let held = state.subscriptions.values.filter { $0.customerId == customerID }
            guard held.contains(where: { $0.status == AdobeSubscription.active }) else {
                throw AdobeRefusal.invalidField("customerId", "customer \(customerID) has no active subscription to renew with")
            }
            if let same = held.first(where: { Self.sameProduct($0.offerId, offer.offerId) && $0.status != AdobeSubscription.inactive }) {
                throw AdobeRefusal.invalidField("offerId",
                                                "customer \(customerID) already holds \(offer.offerId) in subscription \(same.subscriptionId)")
            }
            let id = "S\(state.nextScheduledNumber)"
            state.nextScheduledNumber += 1
            let subscription = AdobeSubscription(
                subscriptionId: id, customerId: customerID, offerId: offer.offerId, currentQuantity: 0,
                autoRenewal: .init(enabled: true, flexDiscountCodes: body.autoRenewal?.flexDiscountCodes),
                explicitRenewalQuantity: quantity, creationDate: now, deploymentId: body.deploymentId,
                currencyCode: body.currencyCode ?? offer.currencyCode, status: AdobeSubscription.scheduled)
            state.subscriptions[id] = subscription
            return subscription.wire(renewalDate: customer.anniversary(after: now))
        }
    }

    // MARK: Orders and subscriptions

    /// A completed order's lines join subscriptions: a RENEWAL line renews the one it names
    /// (or else the customer's subscription to that product), and keeps its id; any other
    /// line adds its licences to the customer's subscription to that product in the same
    /// deployment, or starts one named after the line.
    static func subscribe(_ order: inout AdobeOrder, in state: inout State) {
        for index in order.lineItems.indices {
            let line = order.lineItems[index]
            let named = state.subscriptions[line.subscriptionId].flatMap { $0.customerId == order.customerId ? $0 : nil }
            let existing = named ?? state.subscriptions.values.first {
                $0.customerId == order.customerId && sameProduct($0.offerId, line.offerId)
                    && $0.deploymentId == line.deploymentId
                    && (order.orderType == .renewal || $0.status != AdobeSubscription.scheduled)
            }
            guard var subscription = existing else {
                let id = "S\(order.orderId)L\(line.extLineItemNumber)"
                state.subscriptions[id] = AdobeSubscription(
                    subscriptionId: id, customerId: order.customerId, offerId: line.offerId,
                    currentQuantity: line.remainingQuantity, creationDate: order.creationDate,
                    deploymentId: line.deploymentId, currencyCode: line.currencyCode,
                    status: line.remainingQuantity > 0 ? AdobeSubscription.active : AdobeSubscription.inactive)
                order.lineItems[index].subscriptionId = id
                continue
            }
            if order.orderType == .renewal {
                subscription.renewedQuantity = (subscription.renewedQuantity ?? 0) + line.quantity
                if subscription.status == AdobeSubscription.scheduled { subscription.currentQuantity = line.quantity }
            } else {
                subscription.currentQuantity += line.remainingQuantity
            }
            if subscription.currentQuantity > 0 { subscription.status = AdobeSubscription.active }
            state.subscriptions[subscription.subscriptionId] = subscription
            order.lineItems[index].subscriptionId = subscription.subscriptionId
        }
    }

    /// The seeded history's completed (and since returned) NEW and RENEWAL orders, oldest
    /// first, as if each had just completed.
    static func subscribeSeededOrders(_ state: inout State) {
        let bought = state.orders
            .newestFirst { $0.orderType.isReturnable && [AdobeStatus.complete, AdobeStatus.cancelled].contains($0.status) }
            .reversed()
        for var order in bought {
            subscribe(&order, in: &state)
            state.orders.store(order)
        }
    }

    /// Returned licences leave their subscription; one left with none is inactive (1004).
    static func release(_ quantity: Int, of subscriptionID: String, in state: inout State) {
        guard var subscription = state.subscriptions[subscriptionID] else { return }
        subscription.currentQuantity = max(0, subscription.currentQuantity - quantity)
        if subscription.currentQuantity == 0 { subscription.status = AdobeSubscription.inactive }
        state.subscriptions[subscriptionID] = subscription
    }

    /// What a PREVIEW_RENEWAL without `lineItems` previews: every subscription that will
    /// renew (auto-renewal on, something to renew), at its renewal quantity.
    static func renewingLines(of customerID: String, in state: State) -> [AdobeOrderBody.Line] {
        state.subscriptions.values
            .filter { $0.customerId == customerID && $0.autoRenewal.enabled && $0.status != AdobeSubscription.inactive }
            .sorted { ($0.creationDate, $0.subscriptionId) < ($1.creationDate, $1.subscriptionId) }
            .compactMap { subscription -> (AdobeSubscription, Int)? in
                let quantity = subscription.explicitRenewalQuantity ?? subscription.currentQuantity
                return quantity > 0 ? (subscription, quantity) : nil
            }
            .enumerated().map { index, renewing in
                AdobeOrderBody.Line(extLineItemNumber: index + 1, offerId: renewing.0.offerId, quantity: renewing.1,
                                    deploymentId: renewing.0.deploymentId, subscriptionId: renewing.0.subscriptionId)
            }
    }

    /// The subscriptions a RENEWAL (or its preview) names must be the customer's and hold
    /// the line's product; a line that names none may not be for a product the customer
    /// already holds (it would have to name that subscription).
    static func checkSubscriptions(_ body: AdobeOrderBody, type: AdobeOrderType, customerID: String,
                                   in state: State) throws {
        guard type == .renewal || type == .previewRenewal else { return }
        var violations: [AdobeRefusal.Violation] = []
        for (index, line) in (body.lineItems ?? []).enumerated() {
            let field = "lineItems[\(index)].subscriptionId"
            let offer = line.offerId ?? ""
            if let id = line.subscriptionId, !id.isEmpty {
                guard let subscription = state.subscriptions[id], subscription.customerId == customerID else {
                    violations.append(.init(field: field, reason: "subscription \(id) is not one of customer \(customerID)'s"))
                    continue
                }
                if !sameProduct(subscription.offerId, offer) {
                    violations.append(.init(field: field, reason: "subscription \(id) holds \(subscription.offerId), not \(offer)"))
                }
            } else if let held = state.subscriptions.values.first(where: {
                $0.customerId == customerID && sameProduct($0.offerId, offer) && $0.status != AdobeSubscription.inactive
                    && $0.deploymentId == line.deploymentId
            }) {
                violations.append(.init(field: field, reason: "offer \(offer) is in subscription \(held.subscriptionId); name it to renew it"))
            }
        }
        if !violations.isEmpty { throw AdobeRefusal.invalidFields(violations) }
    }

    /// Offer ids of one product at any discount level (`65304520CA01A12`, `65304520CA02A12`).
    static func sameProduct(_ one: String, _ other: String) -> Bool {
        one.prefix(10) == other.prefix(10) && one.dropFirst(12) == other.dropFirst(12)
    }

    private static func subscription(_ id: String, of customerID: String, in state: State) throws -> AdobeSubscription {
        guard let subscription = state.subscriptions[id], subscription.customerId == customerID else {
            throw AdobeRefusal(status: .notFound, code: "3115",
                               message: "Invalid Customer or Subscription ID: customer \(customerID) has no subscription \(id)")
        }
        return subscription
    }

    private static func checkRenewalQuantity(_ quantity: Int?) throws {
        guard let quantity, !(1...maxRenewalQuantity).contains(quantity) else { return }
        throw AdobeRefusal(status: .badRequest, code: "3116",
                           message: "renewalQuantity out of range: \(quantity) is not 1 to \(maxRenewalQuantity)",
                           additionalDetails: ["autoRenewal.renewalQuantity"])
    }

    private static func decodeSubscription(_ data: Data) throws -> AdobeSubscriptionBody {
        guard !data.isEmpty else { throw AdobeRefusal.invalidField("body", "The request body is empty; send the subscription as JSON") }
        do {
            return try JSONReply.decoder.decode(AdobeSubscriptionBody.self, from: data)
        } catch {
            throw AdobeRefusal.invalidField("body", "The request body is not a subscription: \(DecodingErrorSummary.describe(error))")
        }
    }
}
