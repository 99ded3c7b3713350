import Foundation

/// The Appxite sandbox's state and the Order API's rules: the gateway's required headers,
/// cart orders and their operations, provisioning on the sandbox clock, manual approval,
/// and item cancellation.
final class AppxiteBook: Sendable {
    private struct State {
        var orders: OrderBook<AppxiteOrder>
        var nextOrderNumber = AppxiteSeed.firstFreeOrderNumber
        var fulfilment: Fulfilment
        var calls = 0
        var callsWithCacheHeaders: [String] = []
    }

    static let apiVersion = "3.1"

    private let state: ClockedState<State>

    private let credentials: SandboxCredentials
    init(options: SandboxOptions) {
        credentials = options.credentials
        state = ClockedState(State(orders: OrderBook(AppxiteSeed.orders(now: options.clock.now()).values),
                                   fulfilment: Fulfilment(options: options)),
                             clock: options.clock, settle: Self.settle)
    }

    // MARK: Gateway

    /// Checks the required headers in the order the gateway does (subscription key, token,
    /// version, organization, referer) and returns the organization acted for. Missing or
    /// wrong credentials are 401; a missing or wrong header the API itself reads is 400.
    func authorize(_ headers: AppxiteCallHeaders, call: String) throws -> String {
        state.unsettled { state in
            state.calls += 1
            if !headers.cacheHeaders.isEmpty { state.callsWithCacheHeaders.append(call) }
        }
        guard let key = headers.subscriptionKey, !key.isEmpty else {
            throw SandboxRefusal.unauthorized("Access denied due to missing subscription key. Make sure to include the Ocp-Apim-Subscription-Key header when making requests to an API.")
        }
        guard key == credentials.subscriptionKey else {
            throw SandboxRefusal.unauthorized("Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.")
        }
        guard let authorization = headers.authorization, authorization.hasPrefix("Bearer ") else {
            throw SandboxRefusal.unauthorized("Missing bearer token: send Authorization: Bearer with a token obtained with your client id and secret.")
        }
        guard authorization.dropFirst(7) == credentials.bearerToken else {
            throw SandboxRefusal.unauthorized("The access token is invalid or has expired.")
        }
        guard let version = headers.apiVersion, !version.isEmpty else {
            throw SandboxRefusal.badRequest("The api-version header is required; send api-version: \(Self.apiVersion).")
        }
        guard version == Self.apiVersion else {
            throw SandboxRefusal.badRequest("Unsupported api-version '\(version)'; this Order API is version \(Self.apiVersion).")
        }
        guard let organization = headers.onBehalfOf, !organization.isEmpty else {
            throw SandboxRefusal.badRequest("The X-On-Behalf-Of header is required: the Organization ID the order is placed in (portal: Organization, Profile, Basic Details).")
        }
        guard AppxiteSeed.organizations.contains(organization) else {
            throw SandboxRefusal.badRequest("X-On-Behalf-Of names no organization this caller may act for.")
        }
        guard let referer = headers.referer, let url = URL(string: referer), ["http", "https"].contains(url.scheme),
              url.host != nil else {
            throw SandboxRefusal.badRequest("The Referer header is required: the URL of the portal you are purchasing from.")
        }
        return organization
    }

    func cacheReport() -> AppxiteCacheReport {
        state.unsettled { AppxiteCacheReport(calls: $0.calls, callsWithCacheHeaders: $0.callsWithCacheHeaders) }
    }

    // MARK: Reading

    func products() -> [AppxiteOffer] { AppxiteSeed.offers }

    func order(_ organization: String, id: String) throws -> AppxiteOrder {
        try state.settled { state, _ in try Self.find(id, organization: organization, in: state) }
    }

    /// Newest first; `itemID` narrows the list to the order holding that order item.
    func orders(_ organization: String, page: Int, pageSize: Int, itemID: String?) throws -> AppxiteOrderPage {
        guard page >= 1, (1...100).contains(pageSize) else {
            throw SandboxRefusal.badRequest("page starts at 1 and pageSize is 1 to 100.")
        }
        let listed = state.settled { state, _ in
            state.orders.page(page, size: pageSize) { order in
                order.organizationID == organization && (itemID.map { id in order.items.contains { $0.id == id } } ?? true)
            }
        }
        return AppxiteOrderPage(orders: listed.orders.map(\.wire), page: page, pageSize: pageSize, totalCount: listed.total)
    }

    // MARK: Cart

    /// Adds one item to a new cart order, or (beyond the document) to the cart order named
    /// by `orderID`, so that a multi-line cart is one order.
    func addToCart(_ organization: String, orderID: String?, offerID: String?, itemID: String?,
                   formData: [String: AppxiteFormValue]?) throws -> AppxiteOrder {
        guard let offerID, let offer = AppxiteSeed.offer(offerID) else {
            throw SandboxRefusal.badRequest("OfferId '\(offerID ?? "")' is not a product of the catalog.")
        }
        guard let itemID, !itemID.isEmpty else {
            throw SandboxRefusal.badRequest("OrderItemId is required: generate a new unique id for each cart addition.")
        }
        let selection = try offer.validate(formData)
        return try state.settled { state, now in
            if state.orders.contains(where: { $0.items.contains { $0.id == itemID } }) {
                throw SandboxRefusal.conflict("OrderItemId \(itemID) is already used; generate a new id for each cart addition.")
            }
            var order: AppxiteOrder
            if let orderID {
                order = try Self.find(orderID, organization: organization, in: state)
                guard order.status == AppxiteStatus.cart else {
                    throw SandboxRefusal.conflict("Order \(orderID) is \(order.status); items can be added only to a cart order.")
                }
            } else {
                order = AppxiteOrder(id: "AX-\(state.nextOrderNumber)", organizationID: organization,
                                     status: AppxiteStatus.cart, createdAt: now, currency: offer.currency, items: [],
                                     scheduledFor: nil, provisionAt: nil, provisionFails: false, statusMessage: nil)
                state.nextOrderNumber += 1
            }
            guard order.currency == offer.currency else {
                throw SandboxRefusal.badRequest("Offer \(offer.id) is sold in \(offer.currency); cart order \(order.id) is in \(order.currency).")
            }
            order.items.append(AppxiteItem(id: itemID, offerID: offer.id, offerName: offer.name,
                                           quantity: selection.quantity, unitPrice: selection.chargePeriod.price,
                                           pricingFrequency: selection.chargePeriod.pricingFrequency,
                                           formData: formData ?? [:], status: AppxiteStatus.cart))
            state.orders.store(order)
            return order
        }
    }

    // MARK: Operations

    /// The result of an operation: the order afterwards (nil once `delete` removed its last
    /// item, and with it the order), or the quote.
    enum OperationResult {
        case order(AppxiteOrder?)
        case quote(AppxiteQuote)
    }

    func operate(_ organization: String, _ call: AppxiteOperationCall) throws -> OperationResult {
        guard let names = call.operations, names.count == 1, let name = names.first else {
            throw SandboxRefusal.badRequest("Operations must name exactly one operation taken from the order's Operations.")
        }
        guard let operation = AppxiteOperation(rawValue: name) else {
            let known = AppxiteOperation.allCases.map(\.rawValue).joined(separator: ", ")
            throw SandboxRefusal.badRequest("Unknown operation '\(name)'; operations are \(known).")
        }
        guard let orderID = call.orderID, !orderID.isEmpty else {
            throw SandboxRefusal.badRequest("OrderId is required: copy it from the create order response.")
        }
        return try state.settled { state, now in
            var order = try Self.find(orderID, organization: organization, in: state)
            let allowed = AppxiteOperation.allowed(forStatus: order.status)
            guard allowed.contains(operation) else {
                let allowedNow = allowed.isEmpty ? "none" : allowed.map(\.rawValue).joined(separator: ", ")
                throw SandboxRefusal.conflict("Operation \(operation.rawValue) is not allowed on order \(orderID) (status \(order.status)); allowed now: \(allowedNow).")
            }
            guard let itemID = call.itemID, let index = order.items.firstIndex(where: { $0.id == itemID }) else {
                throw SandboxRefusal.badRequest("OrderItemId '\(call.itemID ?? "")' is not an item of order \(orderID); send the id used when adding it.")
            }
            guard call.offerID == order.items[index].offerID else {
                throw SandboxRefusal.badRequest("OfferId must be the same offer the item was added with (\(order.items[index].offerID)).")
            }
            if operation == .update {
                let offer = AppxiteSeed.offer(order.items[index].offerID)!
                let selection = try offer.validate(call.formData)
                order.items[index].formData = call.formData ?? [:]
                order.items[index].quantity = selection.quantity
                order.items[index].unitPrice = selection.chargePeriod.price
                order.items[index].pricingFrequency = selection.chargePeriod.pricingFrequency
            } else if call.formData != order.items[index].formData {
                throw SandboxRefusal.badRequest("FormData must be the same as when the item was added; use the update operation to change it.")
            }
            switch operation {
            case .createQuote:
                return .quote(AppxiteQuote(order: order))
            case .placeOrder:
                Self.place(&order, at: now, fulfilment: &state.fulfilment)
            case .scheduleOrder:
                guard let date = call.scheduledFor, date > now else {
                    throw SandboxRefusal.badRequest("schedule_order needs ScheduledFor, a date in the future.")
                }
                order.setStatus(AppxiteStatus.scheduled)
                order.scheduledFor = date
            case .delete:
                order.items.remove(at: index)
                if order.items.isEmpty {
                    state.orders[orderID] = nil
                    return .order(nil)
                }
            case .update:
                break
            }
            state.orders.store(order)
            return .order(order)
        }
    }

    /// Beyond the document, which leaves approval to a person in the portal: approves an
    /// order waiting for manual approval, and provisioning starts. Only an order of this
    /// organization that holds a manual-approval offer and awaits approval can be approved.
    func approve(_ organization: String, orderID: String) throws -> AppxiteOrder {
        try decide(organization, orderID: orderID, verb: "approved") { order, state, now in
            Self.startProvisioning(&order, at: now, fulfilment: &state.fulfilment)
        }
    }

    /// Beyond the document: rejects an order waiting for manual approval, for a reason the
    /// order then carries as its status message; nothing is provisioned.
    func reject(_ organization: String, orderID: String, reason: String?) throws -> AppxiteOrder {
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !reason.isEmpty else {
            throw SandboxRefusal.badRequest("Reason is required: say why order \(orderID) is rejected.")
        }
        return try decide(organization, orderID: orderID, verb: "rejected") { order, _, _ in
            order.setStatus(AppxiteStatus.rejected)
            order.statusMessage = "Rejected: \(reason)"
        }
    }

    private func decide(_ organization: String, orderID: String, verb: String,
                        _ change: (inout AppxiteOrder, inout State, Date) -> Void) throws -> AppxiteOrder {
        try state.settled { state, now in
            var order = try Self.find(orderID, organization: organization, in: state)
            guard order.items.contains(where: { AppxiteSeed.offer($0.offerID)?.manualApproval == true }) else {
                throw SandboxRefusal.conflict("Order \(orderID) holds no manual-approval offer; only such orders can be \(verb).")
            }
            guard order.status == AppxiteStatus.awaitingApproval else {
                throw SandboxRefusal.conflict("Order \(orderID) is \(order.status); only orders awaiting approval can be \(verb).")
            }
            change(&order, &state, now)
            state.orders.store(order)
            return order
        }
    }

    // MARK: Cancel

    /// Disables the subscription of a `provision_finished` item; nothing is deleted. Each
    /// other status is refused with its own reason.
    func cancel(_ organization: String, itemID: String?) throws -> AppxiteOrder {
        guard let itemID, !itemID.isEmpty else {
            throw SandboxRefusal.badRequest("The orderitemid query parameter is required: the order item to cancel.")
        }
        return try state.settled { state, _ in
            guard var order = state.orders.first(where: {
                $0.organizationID == organization && $0.items.contains { $0.id == itemID }
            }) else {
                throw SandboxRefusal.notFound("Order item \(itemID) does not exist in this organization.")
            }
            let index = order.items.firstIndex { $0.id == itemID }!
            switch order.items[index].status {
            case AppxiteStatus.provisionFinished:
                order.items[index].status = AppxiteStatus.cancelled
                order.items[index].subscriptionStatus = "disabled"
                if order.items.allSatisfy({ $0.status == AppxiteStatus.cancelled }) { order.status = AppxiteStatus.cancelled }
                state.orders.store(order)
                return order
            case AppxiteStatus.cart:
                throw SandboxRefusal.conflict("Order item \(itemID) is still in the cart (not executed); only provision_finished items can be cancelled.")
            case AppxiteStatus.provisionStarted:
                throw SandboxRefusal.conflict("Order item \(itemID) is still provisioning (provision_started); cancel it once it is provision_finished.")
            case AppxiteStatus.provisionFailed:
                throw SandboxRefusal.conflict("Order item \(itemID) failed provisioning (provision_failed); there is no subscription to cancel.")
            case AppxiteStatus.cancelled:
                throw SandboxRefusal.conflict("Order item \(itemID) is already cancelled.")
            default:
                throw SandboxRefusal.conflict("Order item \(itemID) is \(order.items[index].status), not provisioned yet; only provision_finished items can be cancelled.")
            }
        }
    }

    // MARK: Rules

    /// `place_order`: manual-approval offers wait for a person, the rest start provisioning.
    private static func place(_ order: inout AppxiteOrder, at date: Date, fulfilment: inout Fulfilment) {
        let needsApproval = order.items.contains { AppxiteSeed.offer($0.offerID)?.manualApproval == true }
        if needsApproval {
            order.setStatus(AppxiteStatus.awaitingApproval)
        } else {
            startProvisioning(&order, at: date, fulfilment: &fulfilment)
        }
    }

    private static func startProvisioning(_ order: inout AppxiteOrder, at date: Date, fulfilment: inout Fulfilment) {
        order.setStatus(AppxiteStatus.provisionStarted)
        (order.provisionAt, order.provisionFails) = fulfilment.start(at: date)
    }

    /// Moves every order along the clock: scheduled orders place themselves, provisioning ends.
    private static func settle(_ state: inout State, now: Date) {
        OrderBook.settleDue(\.orders, in: &state, now: now) { order, _, state in
            if order.status == AppxiteStatus.scheduled, let due = order.scheduledFor, due <= now {
                place(&order, at: due, fulfilment: &state.fulfilment)
            }
            if order.status == AppxiteStatus.provisionStarted, let due = order.provisionAt, due <= now {
                order.status = order.provisionFails ? AppxiteStatus.provisionFailed : AppxiteStatus.provisionFinished
                for index in order.items.indices { order.items[index].finish(succeeded: !order.provisionFails) }
                if order.provisionFails {
                    order.statusMessage = "The vendor refused provisioning: the tenant's data-centre quota is exhausted."
                }
            }
        }
    }

    private static func find(_ id: String, organization: String, in state: State) throws -> AppxiteOrder {
        guard let order = state.orders[id], order.organizationID == organization else {
            throw SandboxRefusal.notFound("Order \(id) does not exist in this organization.")
        }
        return order
    }
}
