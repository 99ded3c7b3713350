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
}
