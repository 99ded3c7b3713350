import Foundation
import OrderKit

/// `ordercon check`: the monitoring-plugin verdict over every account's orders.
///
/// CRITICAL when an order failed within `failedWithin`, WARNING when one has been
/// processing or awaiting approval longer than `stuckAfter`, UNKNOWN when an account could
/// not be read (and nothing is critical), else OK. Providers report when an order was
/// created, not when its status last changed, so both windows are measured from creation.
public struct HealthCheck: Sendable {
    public enum State: String, Sendable {
        case ok = "OK", warning = "WARNING", critical = "CRITICAL", unknown = "UNKNOWN"

        /// The plugin convention's exit code.
        public var exitCode: Int32 {
            switch self {
            case .ok: 0
            case .warning: 1
            case .critical: 2
            case .unknown: 3
            }
        }
    }

    public struct Verdict: Sendable, Equatable {
        public var state: State
        /// One status line, then `|` and the perfdata.
        public var line: String
    }

    public var stuckAfter: TimeInterval
    public var failedWithin: TimeInterval
    public var now: Date

    public init(stuckAfter: TimeInterval, failedWithin: TimeInterval, now: Date) {
        self.stuckAfter = stuckAfter
        self.failedWithin = failedWithin
        self.now = now
    }

    public func evaluate(_ accounts: [AccountOrders]) -> Verdict {
        var failed: [String] = []
        var stuck: [String] = []
        var unreadable: [String] = []
        var unreadableOrders: [String] = []
        var processing = 0
        for account in accounts {
            switch account.result {
            case .failure(let error):
                unreadable.append(error.message)
            case .success(let list):
                unreadableOrders += list.unreadable.map { "\(account.account)/\($0.label)" }
                for order in list.orders {
                    // An order of unknown age counts as recently failed (worth a look) but
                    // never as stuck (nothing shows it is old).
                    let age = order.createdAt.map(now.timeIntervalSince)
                    if order.phase == .failed, (age ?? 0) <= failedWithin { failed.append("\(account.account)/\(order.id)") }
                    if [.processing, .awaitingApproval, .unknown].contains(order.phase) {
                        processing += 1
                        if let age, age > stuckAfter { stuck.append("\(account.account)/\(order.id)") }
                    }
                }
            }
        }
        let state: State = !failed.isEmpty ? .critical : !unreadable.isEmpty ? .unknown
            : !stuck.isEmpty || !unreadableOrders.isEmpty ? .warning : .ok
        var parts: [String] = []
        if !failed.isEmpty { parts.append("\(failed.count) failed within \(Self.span(failedWithin)): \(Self.list(failed))") }
        if !stuck.isEmpty { parts.append("\(stuck.count) stuck over \(Self.span(stuckAfter)): \(Self.list(stuck))") }
        if !unreadableOrders.isEmpty {
            parts.append("\(unreadableOrders.count) order\(unreadableOrders.count == 1 ? "" : "s") unreadable: \(Self.list(unreadableOrders))")
        }
        parts += unreadable
        if parts.isEmpty { parts.append("\(accounts.count) account\(accounts.count == 1 ? "" : "s"), \(processing) in progress, none stuck or failed") }
        let perfdata = "failed=\(failed.count);;1;0 stuck=\(stuck.count);1;;0 processing=\(processing);;;0 unreachable=\(unreadable.count);;1;0 unreadable=\(unreadableOrders.count);1;;0"
        return Verdict(state: state, line: "ORDERCON \(state.rawValue) - \(parts.joined(separator: "; ")) | \(perfdata)")
    }

    private static func list(_ ids: [String]) -> String {
        ids.count <= 5 ? ids.joined(separator: ", ") : ids.prefix(5).joined(separator: ", ") + ", …"
    }

    static func span(_ interval: TimeInterval) -> String {
        let seconds = Int(interval)
        if seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}
