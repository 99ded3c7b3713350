import Foundation
import OrderKit

/// Maps Adility statuses and payloads to OrderKit, per the PROVIDERS.md table.
enum AdilityMapping {
    /// `active` is done (vouchers issued), `cancelled` withdrawn; anything else is shown
    /// verbatim as `unknown`, never an error.
    static func phase(status: String) -> Phase {
        switch status.lowercased() {
        case "active": .completed
        case "cancelled": .cancelled
        default: .unknown
        }
    }

    /// The customer is a free-text name, so it is also the customer id. Items carry no
    /// title and no price (those are the offer's): `named(_:offers:)` adds them.
    static func order(_ payload: AdilityOrderPayload, account: String, raw: String?, now: Date) -> Order {
        let items = payload.items.enumerated().map { index, line in
            item(line, index: index, orderID: payload.id, orderStatus: payload.status)
        }
        return Order(id: payload.id, provider: .adility, account: account, customerID: payload.customerName,
                     customerName: payload.customerName, status: payload.status, phase: phase(status: payload.status),
                     createdAt: payload.purchasedAt, updatedAt: now, items: items, rawPayload: raw,
                     degraded: payload.degraded)
    }

    /// A line's status is its vouchers' ("2 Acquired, 1 redeemed"), or the order's when
    /// the offer issues none (coupons). Named by its offer id until the offer is known. Its
    /// vouchers are its parts, listed under it and cancelled one by one.
    static func item(_ line: AdilityOrderItemPayload, index: Int, orderID: String, orderStatus: String) -> OrderItem {
        let offerID = line.offerID ?? ""
        let status = line.vouchers.isEmpty ? orderStatus : voucherSummary(line.vouchers)
        let id = "\(orderID)-\(index + 1)"
        return OrderItem(id: id, offerID: offerID, name: offerID, quantity: line.quantity ?? 0,
                         unitPrice: nil, status: status, phase: phase(status: orderStatus),
                         parts: line.vouchers.map { voucherPart($0, itemID: id, offerID: offerID) })
    }

    /// A voucher as a part of its item: its id is the voucher's (the cancel path names it
    /// with its offer), its status the voucher's own. The redemption code is not in the name:
    /// it is worth money, so it stays in the detail view and out of every log line. A
    /// redeemed voucher (the reference's `redeemed`, any case) carries its `redeemed_at`, so
    /// the console never offers to cancel what the consumer already used.
    static func voucherPart(_ voucher: AdilityVoucherPayload, itemID: String, offerID: String) -> OrderItem {
        let redemption = voucher.state == "redeemed"
            ? Redemption(at: voucher.redeemedAt.flatMap(FlexibleDate.parse)) : nil
        return OrderItem(id: voucher.id, offerID: voucher.offerID ?? offerID, name: "voucher \(voucher.id)", quantity: 1,
                         unitPrice: nil, status: voucher.status, phase: voucherPhase(voucher), parentID: itemID,
                         redemption: redemption)
    }

    /// An acquired or redeemed voucher is done (issued, or used); a cancelled one withdrawn;
    /// any other status is shown verbatim as `unknown`.
    static func voucherPhase(_ voucher: AdilityVoucherPayload) -> Phase {
        switch voucher.state {
        case "acquired", "redeemed": .completed
        case "cancelled": .cancelled
        default: .unknown
        }
    }

    /// The order with each item named and priced by its offer where `offers` has it; the
    /// total only when every item is priced, in one currency.
    static func named(_ order: Order, offers: [String: AdilityOfferPayload]) -> Order {
        var named = order
        for index in named.items.indices {
            guard let offer = offers[named.items[index].offerID] else { continue }
            named.items[index].name = offer.title ?? named.items[index].name
            named.items[index].unitPrice = offer.price
        }
        let totals = named.items.compactMap(\.lineTotal)
        named.total = totals.count == named.items.count ? Money.total(totals) : nil
        return named
    }

    /// The price is what the buyer pays; the facts say what the consumer gets for it (the
    /// face value, as the provider formats it) and how many are left.
    static func offer(_ payload: AdilityOfferPayload) -> Offer {
        let value = (payload.formattedValue ?? payload.value?.formatted).map { "value \($0)" }
        let stock = payload.quantityInStock.map { "\($0) in stock" }
        return Offer(id: payload.id, name: payload.title ?? payload.id, price: payload.price,
                     facts: [payload.type.map(offerType), value, stock].compactMap { $0 })
    }

    /// `gift_card` as people say it; other types verbatim.
    static func offerType(_ type: String) -> String {
        type.replacingOccurrences(of: "_", with: " ")
    }

    /// Days before expiry from which a voucher still unused is flagged.
    static let expiryWarningDays = 14

    /// A section per voucher, titled with its id and offer; an order without vouchers says
    /// why, so an empty section is never a mystery.
    static func voucherSections(_ payload: AdilityOrderPayload, offers: [String: AdilityOfferPayload] = [:],
                                now: Date) -> [DetailSection] {
        let vouchers = payload.vouchers
        guard !vouchers.isEmpty else {
            return [DetailSection(title: "Vouchers", rows: [
                .init("None", "only deals and gift cards issue vouchers; coupons are clipped, not issued"),
            ])]
        }
        return vouchers.map { voucher in
            let offerID = voucher.offerID ?? ""
            return DetailSection(title: "Voucher \(voucher.id) · \(offers[offerID]?.title ?? offerID)", rows: [
                voucherStatus(voucher),
                .init("Redemption code", voucher.redemptionCode ?? "—"),
                .init("Barcode", voucher.barcode ?? "—"),
                .init("Print URL", voucher.printURL ?? "—"),
                voucherExpiry(voucher, now: now),
            ])
        }
    }

    /// The status with when it was reached: acquired, redeemed (done) or cancelled.
    private static func voucherStatus(_ voucher: AdilityVoucherPayload) -> DetailSection.Row {
        let (since, tone): (String?, DetailSection.Row.Tone) = switch voucher.state {
        case "redeemed": (voucher.redeemedAt, .success)
        case "cancelled": (voucher.cancelledAt, .failure)
        default: (voucher.acquiredAt, .normal)
        }
        guard let since, !since.isEmpty else { return .init("Status", voucher.status, tone: tone) }
        return .init("Status", "\(voucher.status) since \(since)", tone: tone)
    }

    /// An unused voucher close to (or past) its expiry needs the consumer told.
    private static func voucherExpiry(_ voucher: AdilityVoucherPayload, now: Date) -> DetailSection.Row {
        let text = voucher.expirationDate ?? "—"
        guard voucher.state == "acquired", let expiry = voucher.expirationDate.flatMap(FlexibleDate.parse) else {
            return .init("Expires", text)
        }
        if expiry <= now { return .init("Expires", "\(text) (expired unused)", tone: .failure) }
        let daysLeft = Int(expiry.timeIntervalSince(now) / 86_400)
        if daysLeft < expiryWarningDays { return .init("Expires", "\(text) (\(daysLeft) days left)", tone: .warning) }
        return .init("Expires", text)
    }

    private static func voucherSummary(_ vouchers: [AdilityVoucherPayload]) -> String {
        var counts: [(status: String, count: Int)] = []
        for voucher in vouchers {
            if let index = counts.firstIndex(where: { $0.status.lowercased() == voucher.state }) {
                counts[index].count += 1
            } else {
                counts.append((voucher.status, 1))
            }
        }
        return counts.map { "\($0.count) \($0.status)" }.joined(separator: ", ")
    }
}
