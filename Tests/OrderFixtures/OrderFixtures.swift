import Foundation
import OrderKit

/// Orders and items for tests, dated against a fixed clock so screens are reproducible.
public enum OrderFixtures {
    /// 2026-11-23 10:00:00 UTC.
    public static let now = Date(timeIntervalSince1970: 1_795_428_000)

    public static func item(_ id: String, _ name: String, quantity: Int, price: Decimal?, status: String = "Draft",
                            phase: Phase = .draft) -> OrderItem {
        OrderItem(id: id, offerID: name.uppercased().replacingOccurrences(of: " ", with: "-"), name: name,
                  quantity: quantity, unitPrice: price.map { Money(amount: $0, currency: "EUR") },
                  status: status, phase: phase)
    }

    public static func order(_ id: String, customer: String = "Acme GmbH", status: String, phase: Phase,
                             hoursAgo: Double, expiresInHours: Double? = nil, total: Decimal? = nil,
                             items: [OrderItem] = [], account: String = "wl-demo") -> Order {
        Order(id: id, provider: .whitelabel, account: account, customerID: "1001", customerName: customer,
              status: status, phase: phase, createdAt: now.addingTimeInterval(-hoursAgo * 3600), updatedAt: now,
              expiresAt: expiresInHours.map { now.addingTimeInterval($0 * 3600) },
              total: total.map { Money(amount: $0, currency: "EUR") }, items: items)
    }

    /// A book with a draft of two items, a processing order and orders in final phases.
    public static let book: [Order] = [
        order("1044", status: "Draft", phase: .draft, hoursAgo: 1, expiresInHours: 167, total: 230,
              items: [item("5101", "Microsoft 365 E3", quantity: 10, price: 23),
                      item("5102", "Azure plan", quantity: 1, price: 0)]),
        order("1043", customer: "Contoso Retail", status: "Draft", phase: .draft, hoursAgo: 164,
              expiresInHours: 4, total: Decimal(string: "39.98")),
        order("1038", status: "Submitted", phase: .processing, hoursAgo: 2.5, total: 824),
        order("1036", customer: "Beta Logistics", status: "Reseller Pending Approval", phase: .awaitingApproval,
              hoursAgo: 30, total: 115),
        order("1035", customer: "Contoso Retail", status: "Failed", phase: .failed, hoursAgo: 6,
              total: Decimal(string: "79.96")),
        order("1034", status: "Executed", phase: .completed, hoursAgo: 20, total: 60),
        order("1037", customer: "Northwind Traders", status: "Cancelled by Reseller", phase: .cancelled,
              hoursAgo: 48, total: 45),
    ]

    public static let offers: [Offer] = [
        Offer(id: "MS365-E3", name: "Microsoft 365 E3", price: Money(amount: 23, currency: "EUR"), billing: "monthly"),
        Offer(id: "AZURE-PLAN", name: "Azure plan", price: Money(amount: 0, currency: "EUR"), billing: "monthly"),
        Offer(id: "ZOOM-PRO", name: "Zoom Pro", price: Money(amount: Decimal(string: "149.90")!, currency: "EUR"),
              billing: "annual"),
    ]

    public static let customers: [Customer] = [
        Customer(id: "1000", name: "Demo Reseller"), Customer(id: "1001", name: "Acme GmbH"),
        Customer(id: "1002", name: "Beta Logistics"),
    ]
}
