import Foundation
import OrderKit

/// The all-accounts status view (`:all`): what needs attention in every account at once.
/// Each account refreshes on its own schedule; one failing account is marked and never
/// holds up the others.
public struct Overview: Sendable, Equatable {
    /// One account's part of the view.
    public struct AccountState: Sendable, Equatable {
        public var provider: ProviderKind
        public var orders: [Order] = []
        public var lastRefresh: Date?
        public var failures = 0
        /// The last refresh's error, while the account is failing.
        public var error: String?
        public var refreshing = false
        /// When this account's next refresh is due.
        public var due: Date

        public init(provider: ProviderKind, due: Date) {
            self.provider = provider
            self.due = due
        }
    }

    /// One row: an order that needs attention, tagged with its account.
    public struct Row: Sendable, Equatable {
        public var account: String
        public var provider: ProviderKind
        public var order: Order
        /// The account's last refresh failed: the row may be out of date.
        public var stale: Bool
    }

    public var accounts: [String: AccountState]
    /// Account names in config order.
    public var names: [String]
    public var selected = 0
    /// Failures older than this no longer count as recent.
    public static let failureWindow: TimeInterval = 24 * 3600

    public init(accounts: [AccountSummary], now: Date) {
        names = accounts.map(\.name)
        self.accounts = Dictionary(uniqueKeysWithValues: accounts.map { ($0.name, AccountState(provider: $0.provider, due: now)) })
    }

    /// Processing, awaiting-approval and unknown orders, and failures within a day, newest first.
    public func rows(now: Date) -> [Row] {
        names.flatMap { name -> [Row] in
            guard let account = accounts[name] else { return [] }
            return account.orders.filter { order in
                [.processing, .awaitingApproval, .unknown].contains(order.phase)
                    || (order.phase == .failed && now.timeIntervalSince(order.createdAt ?? now) <= Self.failureWindow)
            }.map { Row(account: name, provider: account.provider, order: $0, stale: account.error != nil) }
        }.sorted { $0.order.isNewer(than: $1.order) }
    }

    /// Accounts whose last refresh failed, with why.
    public var failing: [(name: String, error: String)] {
        names.compactMap { name in accounts[name]?.error.map { (name, $0) } }
    }

    /// How long an account waits before its next refresh: fast while it has anything in
    /// progress, slow otherwise, doubling after failures.
    func interval(for name: String, fast: TimeInterval, slow: TimeInterval) -> TimeInterval {
        guard let account = accounts[name] else { return slow }
        let moving = account.orders.contains { $0.phase.wantsFastRefresh }
        let base = moving ? fast : slow
        return min(base * pow(2, Double(min(account.failures, 8))), 300)
    }
}
