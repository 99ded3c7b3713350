import Foundation
import OrderKit

/// Maps Adility statuses and payloads to OrderKit, per the PROVIDERS.md table.
enum AdilityMapping {
    /// Adility is a US distribution network and its document prints prices without a
    /// currency: they are US dollars.
    static let currency = "USD"

    /// `active` is done (vouchers issued), `cancelled` withdrawn; anything else is shown
    /// verbatim as `unknown`, never an error.
    static func phase(status: String) -> Phase {
        switch status.lowercased() {
        case "active": .completed
        case "cancelled": .cancelled
        default: .unknown
        }
    }

    /// The customer is a free-text name, so it is also the customer id.
    static func order(_ payload: AdilityOrderPayload, account: String, raw: String?, now: Date) -> Order {
        let vouchers = payload.vouchers?.elements ?? []
        let items = (payload.items?.elements ?? []).enumerated().map { index, line in
            item(line, index: index, orderID: payload.id, orderStatus: payload.status,
                 vouchers: vouchers.filter { $0.offerID == line.offerID })
        }
        let customer = payload.customerName ?? ""
        return Order(id: payload.id, provider: .adility, account: account, customerID: customer,
                     customerName: customer, status: payload.status, phase: phase(status: payload.status),
                     createdAt: payload.purchasedAt.flatMap(FlexibleDate.parse), updatedAt: now,
                     total: Money.total(items.compactMap(\.lineTotal)), items: items, rawPayload: raw)
    }

    /// A line's status is its vouchers' ("2 acquired, 1 redeemed"), or the order's when
    /// the offer issues none (coupons, gift cards).
    static func item(_ line: AdilityOrderItemPayload, index: Int, orderID: String, orderStatus: String,
                     vouchers: [AdilityVoucherPayload]) -> OrderItem {
        let offerID = line.offerID ?? ""
        let status = vouchers.isEmpty ? orderStatus : voucherSummary(vouchers)
        return OrderItem(id: "\(orderID)-\(index + 1)", offerID: offerID, name: line.title ?? offerID,
                         quantity: line.quantity ?? 0,
                         unitPrice: line.price.map { Money(amount: $0, currency: currency) },
                         status: status, phase: phase(status: orderStatus))
    }

    /// The price is what the buyer pays; the facts say what the consumer gets for it (the
    /// face value) and how many are left, as `GET /offers` serves them.
    static func offer(_ payload: AdilityOfferPayload) -> Offer {
        let value = payload.value.map { "value \(Money(amount: $0, currency: currency).formatted)" }
        return Offer(id: payload.id, name: payload.title, price: Money(amount: payload.price, currency: currency),
                     facts: [offerType(payload.type), value, "\(payload.quantityInStock) in stock"].compactMap { $0 })
    }

    /// `gift_card` as people say it; other types verbatim.
    static func offerType(_ type: String) -> String {
        type.replacingOccurrences(of: "_", with: " ")
    }

    /// Days before expiry from which a voucher still unused is flagged.
    static let expiryWarningDays = 14

    /// A section per voucher, titled with its id and offer; an order without vouchers says
    /// why, so an empty section is never a mystery.
    static func voucherSections(_ payload: AdilityOrderPayload, now: Date) -> [DetailSection] {
        let vouchers = payload.vouchers?.elements ?? []
        guard !vouchers.isEmpty else {
            return [DetailSection(title: "Vouchers", rows: [
                .init("None", "only deal offers issue vouchers; coupons and gift cards are fulfilled outside this API"),
            ])]
        }
        let titles = Dictionary((payload.items?.elements ?? []).compactMap { line in
            line.offerID.map { ($0, line.title ?? $0) }
        }, uniquingKeysWith: { first, _ in first })
        return vouchers.map { voucher in
            DetailSection(title: "Voucher \(voucher.id) · \(titles[voucher.offerID] ?? voucher.offerID)", rows: [
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
        let (since, tone): (String?, DetailSection.Row.Tone) = switch voucher.status {
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
        guard voucher.status == "acquired", let expiry = voucher.expirationDate.flatMap(FlexibleDate.parse) else {
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
            if let index = counts.firstIndex(where: { $0.status == voucher.status }) {
                counts[index].count += 1
            } else {
                counts.append((voucher.status, 1))
            }
        }
        return counts.map { "\($0.count) \($0.status)" }.joined(separator: ", ")
    }
}
