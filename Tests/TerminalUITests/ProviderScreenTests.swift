import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing
import TerminalUI

/// One order of each provider in every phase it has, as the panes show them, compared with
/// golden files.
@MainActor
@Suite struct ProviderScreenTests {
    /// (raw status, phase) pairs per provider, from the PROVIDERS.md table, plus a status
    /// this build does not know.
    nonisolated static let phases: [(ProviderKind, [(String, Phase)])] = [
        (.appxite, [("cart", .cart), ("awaiting_approval", .awaitingApproval), ("provision_started", .processing),
                    ("provision_finished", .completed), ("provision_failed", .failed), ("cancelled", .cancelled),
                    ("scheduled", .unknown)]),
        (.whitelabel, [("Draft", .draft), ("Reseller Pending Approval", .awaitingApproval), ("Submitted", .processing),
                       ("Executed", .completed), ("Failed", .failed), ("Cancelled by Reseller", .cancelled),
                       ("Draft", .expired), ("On Hold", .unknown)]),
        (.adobe, [("1002", .processing), ("1000", .completed), ("1004", .failed), ("1008", .cancelled),
                  ("1030", .unknown)]),
        (.adility, [("active", .completed), ("cancelled", .cancelled), ("pending", .unknown)]),
        (.mpt, [("Draft", .draft), ("Querying", .awaitingApproval), ("Processing", .processing), ("Completed", .completed),
                ("Failed", .failed), ("Deleted", .cancelled), ("Archived", .unknown)]),
    ]

    /// What Adobe's client says its codes mean (`AdobeOrderStatus`): Adobe's statuses are
    /// codes, shown with their meaning; the other providers' are words.
    nonisolated static let adobeMeanings = ["1002": "pending", "1000": "complete", "1004": "failed",
                                            "1008": "cancelled", "1030": "unknown code"]

    private func state(_ provider: ProviderKind, _ statuses: [(String, Phase)]) -> ConsoleState {
        let account = "\(provider.rawValue)-demo"
        var state = ConsoleState(account: AccountSummary(name: account, provider: provider, capabilities: Capabilities(),
                                                         isSandbox: true),
                                 now: OrderFixtures.now)
        let orders = statuses.enumerated().map { index, pair -> Order in
            var order = OrderFixtures.order("\(provider.rawValue.prefix(2).uppercased())-\(1000 + index)",
                                            status: pair.0, phase: pair.1, hoursAgo: Double(index + 1) * 5,
                                            total: Decimal(10 * (index + 1)))
            order.provider = provider
            order.account = account
            if provider == .adobe { order.statusMeaning = Self.adobeMeanings[pair.0] }
            return order
        }
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: account, .success(OrderList(orders: orders)), at: OrderFixtures.now))
        if [.appxite, .adobe, .adility].contains(provider) {
            let cart = LocalCart(id: "c0ffee00c0ffee00c0ffee00c0ffee00", account: account, customerID: "1",
                                 customerName: "Acme GmbH",
                                 lines: [CartLine(id: "l", offerID: "O", name: "Offer", quantity: 2,
                                                  unitPrice: Money(amount: 5, currency: "EUR"))],
                                 createdAt: OrderFixtures.now.addingTimeInterval(-60))
            _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: account, orders: [], carts: [cart], refreshedAt: nil))
        }
        return state
    }

    @Test(arguments: phases.map(\.0))
    func everyPhaseOfTheProvider(provider: ProviderKind) {
        let statuses = Self.phases.first { $0.0 == provider }!.1
        for (columns, rows) in ScreenFixture.sizes {
            let text = ScreenFixture.render(state(provider, statuses), columns: columns, rows: rows).text
            Snapshot.check(text, named: "provider-\(provider.rawValue)-\(columns)x\(rows)")
            for (status, phase) in statuses where !phase.isUnplaced && columns == 120 {
                #expect(text.contains(status), "\(provider) \(status) is not on screen")
            }
        }
    }

    /// The panes print each currency with its own decimals: a yen cart has none, a dinar
    /// one three (the EUR and USD screens above keep their two).
    @Test func moneyIsShownWithItsCurrencysDecimals() {
        for (currency, minor, shown) in [("JPY", 1500, "3000 JPY"), ("KWD", 1500, "3.000 KWD")] {
            var state = ConsoleState(account: AccountSummary(name: "adility-demo", provider: .adility,
                                                             capabilities: Capabilities(), isSandbox: true),
                                     now: OrderFixtures.now)
            _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "adility-demo", .success(OrderList(orders: [])),
                                                            at: OrderFixtures.now))
            let cart = LocalCart(id: "c0ffee00c0ffee00c0ffee00c0ffee00", account: "adility-demo", customerID: "1",
                                 customerName: "Acme GmbH",
                                 lines: [CartLine(id: "l", offerID: "O", name: "Offer", quantity: 2,
                                                  unitPrice: Money(minorUnits: minor, currency: currency))],
                                 createdAt: OrderFixtures.now.addingTimeInterval(-60))
            _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: "adility-demo", orders: [], carts: [cart], refreshedAt: nil))
            let text = ScreenFixture.render(state, columns: 80, rows: 24).text
            #expect(text.contains(" \(shown)  Acme GmbH"), "\(currency):\n\(text)")
        }
    }

    /// An Adility order in Items: each voucher under its item with its own status, the
    /// cancelled one in its phase's colour, the selection on a voucher.
    @Test func adilityVouchersUnderTheirItems() {
        let voucher = { (id: String, item: String, status: String, phase: Phase) in
            OrderItem(id: id, offerID: "o", name: "voucher \(id)", quantity: 1, unitPrice: nil,
                      status: status, phase: phase, parentID: item)
        }
        var order = OrderFixtures.order("73121", customer: "Ada Lovelace", status: "active", phase: .completed, hoursAgo: 2)
        order.provider = .adility
        order.account = "adility-demo"
        order.items = [
            OrderItem(id: "73121-1", offerID: "deal-sf-spa", name: "Half-price spa day", quantity: 2,
                      unitPrice: Money(amount: 45, currency: "USD"), status: "1 acquired, 1 cancelled", phase: .completed,
                      parts: [voucher("V-1001", "73121-1", "acquired", .completed),
                              voucher("V-1002", "73121-1", "cancelled", .cancelled)]),
            OrderItem(id: "73121-2", offerID: "coupon-sf-pastry", name: "Free pastry with coffee", quantity: 1,
                      unitPrice: Money(amount: 0, currency: "USD"), status: "active", phase: .completed),
            OrderItem(id: "73121-3", offerID: "gift-la-books", name: "Bookshop gift card", quantity: 1,
                      unitPrice: Money(amount: 25, currency: "USD"), status: "1 redeemed", phase: .completed,
                      parts: [voucher("V-1003", "73121-3", "redeemed", .completed)]),
        ]
        var state = ConsoleState(account: AccountSummary(name: "adility-demo", provider: .adility,
                                                         capabilities: Capabilities(cancelOrder: true, cancelItem: true, cancelItemPartsOnly: true,
                                                                                    cancelCompleted: true, customerList: false),
                                                         isSandbox: true),
                                 now: OrderFixtures.now)
        _ = ConsoleReducer.reduce(&state, .ordersLoaded(account: "adility-demo", .success(OrderList(orders: [order])),
                                                        at: OrderFixtures.now))
        state = ScreenFixture.pressing(state, .tab, .down)
        #expect(state.lists.selectedID(.items) == "V-1001")
        ScreenFixture.check(state, "adility-vouchers")
    }
}
