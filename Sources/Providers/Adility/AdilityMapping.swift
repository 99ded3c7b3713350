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
                     createdAt: payload.purchasedAt.flatMap(FlexibleDate.parse) ?? now, updatedAt: now,
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

    static func offer(_ payload: AdilityOfferPayload) -> Offer {
        Offer(id: payload.id, name: payload.title, price: Money(amount: payload.price, currency: currency))
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
