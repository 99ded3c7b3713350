import Foundation

/// The Adility sandbox's state and the Distribution API's rules: the API key, unique order
/// numbers, stock, one voucher per unit of a deal, and cancellation of an order with all
/// its vouchers.
///
/// Vouchers are issued for deals and gift cards, one per unit, on the item they were bought
/// with; coupons issue none (they are clipped).
///
/// **decision**: an order with a redeemed voucher cannot be cancelled — the consumer has
/// already used what was bought, so cancelling would refund a service that was delivered.
/// The whole request is refused and nothing changes. Cancelling does not return stock:
/// the merchant's allotment is spent once sold.
final class AdilityBook: Sendable {
    private struct State {
        var offers: [AdilityOffer]
        var orders = OrderBook<AdilityOrder>()
        var nextOrderID = AdilitySeed.firstOrderID
        var nextVoucherID = AdilitySeed.firstVoucherID
        var random: SeededRandom
    }

    /// The distributor account every order of the demo key belongs to.
    static let accountID = "sandbox-distributor"
    static let maximumPageSize = 100
    static let defaultPageSize = 25

    /// Nothing settles on the clock: an order changes only when asked (a voucher is redeemed
    /// by the consumer, not by time).
    private let state: ClockedState<State>

    private let credentials: SandboxCredentials
    init(options: SandboxOptions) {
        credentials = options.credentials
        var initial = State(offers: AdilitySeed.offers, random: SeededRandom(seed: options.seed))
        let now = options.clock.now()
        for template in AdilitySeed.orders {
            let purchasedAt = now.addingTimeInterval(-template.ageHours * 3600)
            var order = try! Self.makeOrder(AdilityPlacement(
                orderNumber: template.orderNumber, customerName: template.customerName,
                items: AdilityElements(template.lines.map { AdilityPlacement.Line(offerID: $0.0, quantity: $0.1) })),
                in: &initial, at: purchasedAt)
            if template.redeemFirstVoucher {
                order.items.elements[0].vouchers.elements[0].status = .redeemed
                order.items.elements[0].vouchers.elements[0].redeemedAt = purchasedAt.addingTimeInterval(3600)
            }
            if template.cancelled {
                Self.markCancelled(&order, at: purchasedAt.addingTimeInterval(1800))
            }
            initial.orders.store(order)
        }
        state = ClockedState(initial, clock: options.clock)
    }

    // MARK: Authentication

    /// Every call carries `X-ADILITY-API-KEY`; the message never repeats what was sent.
    func authenticate(apiKey: String?) throws {
        guard let apiKey, !apiKey.isEmpty else {
            throw SandboxRefusal.unauthorized("Missing X-ADILITY-API-KEY header: send your distributor API key with every request.")
        }
        guard apiKey == credentials.apiKey else {
            throw SandboxRefusal.unauthorized("The X-ADILITY-API-KEY is not a valid distributor API key.")
        }
    }

    // MARK: Offers

    func offers(in area: AdilitySearchArea) -> [AdilityOffer] {
        let offers = state.unsettled { $0.offers }
        return offers.filter { area.contains(latitude: $0.latitude, longitude: $0.longitude) }
    }

    func offer(id: String) throws -> AdilityOffer {
        guard let offer = state.unsettled({ state in state.offers.first { $0.id == id } }) else {
            throw SandboxRefusal.notFound("Offer \(id) does not exist.")
        }
        return offer
    }

    // MARK: Orders

    /// Beyond the document: the console's Status pane pages through every order, newest
    /// first, and a placement retried after a timeout is found by its `order_number`.
    func orders(orderNumber: String?, page: Int, perPage: Int) throws -> (orders: [AdilityOrder], total: Int) {
        guard page >= 1 else { throw SandboxRefusal.badRequest("page must be 1 or more.") }
        guard (1...Self.maximumPageSize).contains(perPage) else {
            throw SandboxRefusal.badRequest("per_page must be between 1 and \(Self.maximumPageSize).")
        }
        return state.settled { state, _ in
            state.orders.page(page, size: perPage) { orderNumber == nil || $0.orderNumber == orderNumber }
        }
    }

    func order(id: String) throws -> AdilityOrder {
        try state.settled { state, _ in try Self.find(id, in: state) }
    }

    func place(_ placement: AdilityPlacement) throws -> AdilityOrder {
        try state.settled { state, now in
            let order = try Self.makeOrder(placement, in: &state, at: now)
            state.orders.store(order)
            return order
        }
    }

    /// `PUT /orders/{id}`: the only change the document allows is the status `cancelled`.
    func update(id: String, to update: AdilityStatusUpdate) throws -> AdilityOrder {
        guard update.status == AdilityOrder.Status.cancelled.rawValue else {
            throw SandboxRefusal.badRequest("Only {\"status\": \"cancelled\"} can be sent: an order cannot be changed otherwise.")
        }
        return try state.settled { state, now in
            var order = try Self.find(id, in: state)
            guard order.status == .active else {
                throw SandboxRefusal.conflict("Order \(id) is already cancelled.")
            }
            if let redeemed = order.vouchers.first(where: { $0.status == .redeemed }) {
                throw SandboxRefusal.conflict("Order \(id) cannot be cancelled: voucher \(redeemed.id) has already been redeemed.")
            }
            Self.markCancelled(&order, at: now)
            state.orders.store(order)
            return order
        }
    }

    /// `PUT /offers/{offer_id}/vouchers/{id}` with status `cancelled`: one voucher of an
    /// active order, the reference's partial refund. A redeemed or cancelled voucher is
    /// refused; the order stays `active` with its other vouchers (decision: the reference
    /// says nothing of an order whose vouchers are all cancelled one by one).
    func cancelVoucher(offerID: String, id: String, to update: AdilityStatusUpdate) throws -> AdilityVoucher {
        guard update.status == AdilityVoucher.Status.cancelled.rawValue else {
            throw SandboxRefusal.badRequest("Only {\"status\": \"cancelled\"} can be sent: a voucher cannot be changed otherwise.")
        }
        return try state.settled { state, now in
            guard var order = state.orders.first(where: { order in
                order.vouchers.contains { $0.id == id && $0.offerID == offerID }
            }), let voucher = order.vouchers.first(where: { $0.id == id }) else {
                throw SandboxRefusal.notFound("Offer \(offerID) has no voucher \(id).")
            }
            switch voucher.status {
            case .redeemed: throw SandboxRefusal.conflict("Voucher \(id) has already been redeemed and cannot be cancelled.")
            case .cancelled: throw SandboxRefusal.conflict("Voucher \(id) is already cancelled.")
            case .acquired: break
            }
            var cancelled = voucher
            order.updateVouchers { candidate in
                guard candidate.id == id else { return }
                candidate.status = .cancelled
                candidate.cancelledAt = now
                cancelled = candidate
            }
            state.orders.store(order)
            return cancelled
        }
    }

    // MARK: Rules

    private static func find(_ id: String, in state: State) throws -> AdilityOrder {
        guard let order = state.orders[id] else {
            throw SandboxRefusal.notFound("Order \(id) does not exist.")
        }
        return order
    }

    /// Checks every line before touching stock, so a refused order changes nothing.
    private static func makeOrder(_ placement: AdilityPlacement, in state: inout State, at now: Date) throws -> AdilityOrder {
        guard let orderNumber = placement.orderNumber?.trimmingCharacters(in: .whitespaces), !orderNumber.isEmpty else {
            throw SandboxRefusal.badRequest("order_number is required: send your own unique number for this order.")
        }
        if let existing = state.orders.first(where: { $0.orderNumber == orderNumber }) {
            throw SandboxRefusal.conflict("order_number \(orderNumber) was already used by order \(existing.id); send a new number for a new order.")
        }
        guard let customerName = placement.customerName?.trimmingCharacters(in: .whitespaces), !customerName.isEmpty else {
            throw SandboxRefusal.badRequest("customer_name is required: name the consumer the vouchers are for.")
        }
        guard let lines = placement.items?.elements, !lines.isEmpty else {
            throw SandboxRefusal.badRequest("items is empty: order at least one offer_id with a quantity.")
        }
        var wanted: [String: Int] = [:]
        for line in lines {
            guard let offerID = line.offerID, let offer = state.offers.first(where: { $0.id == offerID }) else {
                throw SandboxRefusal.badRequest("Offer \(line.offerID ?? "(missing offer_id)") does not exist.")
            }
            guard let quantity = line.quantity, quantity >= 1 else {
                throw SandboxRefusal.badRequest("quantity for offer \(offer.id) must be at least 1.")
            }
            guard offer.status == AdilityOffer.active else {
                throw SandboxRefusal.conflict("Offer \(offer.id) is \(offer.status) and can no longer be ordered.")
            }
            wanted[offer.id, default: 0] += quantity
            guard wanted[offer.id]! <= offer.quantityInStock else {
                throw SandboxRefusal.conflict("Offer \(offer.id) is out of stock: \(offer.quantityInStock) left, \(wanted[offer.id]!) ordered.")
            }
        }
        let orderID = String(state.nextOrderID)
        state.nextOrderID += 1
        var orderLines: [AdilityOrderLine] = []
        for line in lines {
            let index = state.offers.firstIndex { $0.id == line.offerID }!
            let offer = state.offers[index]
            let quantity = line.quantity!
            state.offers[index].quantityInStock -= quantity
            let vouchers = offer.type == .coupon ? [] : (0..<quantity).map { _ in
                makeVoucher(for: offer, customerName: customerName, in: &state, at: now)
            }
            orderLines.append(AdilityOrderLine(offerID: offer.id, quantity: quantity, vouchers: AdilityElements(vouchers)))
        }
        return AdilityOrder(id: orderID, orderNumber: orderNumber, status: .active, items: AdilityElements(orderLines),
                            accountID: accountID, customerName: customerName, purchasedAt: now)
    }

    private static func makeVoucher(for offer: AdilityOffer, customerName: String, in state: inout State,
                                    at now: Date) -> AdilityVoucher {
        let id = "V\(state.nextVoucherID)"
        state.nextVoucherID += 1
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        let code = String((0..<10).map { _ in alphabet[Int(state.random.next() % UInt64(alphabet.count))] })
        let barcode = String((0..<13).map { _ in Character(String(state.random.next() % 10)) })
        return AdilityVoucher(id: id, offerID: offer.id, redemptionCode: code, customerName: customerName,
                              status: .acquired, acquiredAt: now, redeemedAt: nil, cancelledAt: nil,
                              expirationDate: now.addingTimeInterval(Double(offer.voucherValidityDays) * 86400),
                              barcode: AdilityImage(url: "https://sandbox.invalid/adility/vouchers/\(id)/barcode/\(barcode).png"),
                              printURL: "https://sandbox.invalid/adility/vouchers/\(id)/print")
    }

    private static func markCancelled(_ order: inout AdilityOrder, at now: Date) {
        order.status = .cancelled
        order.updateVouchers { voucher in
            voucher.status = .cancelled
            voucher.cancelledAt = now
        }
    }
}
