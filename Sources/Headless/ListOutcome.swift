import Foundation
import OrderKit

/// What a headless list command makes of every account's list: the orders to print, the
/// lines to say on stderr, and the exit status (`ExitReason`).
///
/// Partial reads are told, never hidden: each unreadable order and skipped page is named,
/// each account says how much of its list was read, and the status is `partial` whenever
/// anything is missing (`strict` also counts unreadable fields).
public struct ListOutcome: Sendable {
    public private(set) var orders: [Order] = []
    public private(set) var unreadableRecords: [UnreadableRecord] = []
    /// Problems, one line each: accounts that could not be read, orders and pages that could not.
    public private(set) var warnings: [String] = []
    /// How much of each account's list was read, one line each (text output only).
    public private(set) var completeness: [String] = []
    public private(set) var status: ExitReason = .ok
    /// False when no account could be read at all: then nothing goes to stdout.
    public private(set) var readAnything = false

    public init(_ results: [AccountOrders], strict: Bool) {
        for result in results {
            switch result.result {
            case .failure(let error):
                warnings.append(error.message)
                status = status.worst(ExitReason(error))
            case .success(let list):
                readAnything = true
                take(list, account: result.account, listing: result.listing, strict: strict)
            }
        }
    }

    private mutating func take(_ list: OrderList, account: String, listing: OrderListing, strict: Bool) {
        orders += list.orders
        for entry in list.unreadable {
            unreadableRecords.append(UnreadableRecord(account: account, entry))
            warnings.append("\(account): \(entry.label) unreadable (\(entry.reason)); the rest is shown")
        }
        for page in list.pages.skipped {
            warnings.append("\(account): page \(page) of the order list could not be read and was skipped")
        }
        if let reason = list.stoppedEarly { warnings.append("\(account): the list stops early: \(reason)") }
        if list.isPartial { status = status.worst(.partial) }
        if strict, !list.lookupFailures.isEmpty {
            warnings += list.lookupFailures.map { "\(account): lookup failed, ids shown instead of names: \($0)" }
            status = status.worst(.partial)
        }
        let degraded = list.orders.filter { !$0.degraded.isEmpty }
        if strict, !degraded.isEmpty {
            for order in degraded {
                let fields = order.degraded.keys.sorted().joined(separator: ", ")
                warnings.append("\(account): order \(order.id): unreadable \(fields); ordercon status \(order.id) shows why")
            }
            status = status.worst(.partial)
        }
        completeness.append(Self.completeness(list, account: account, listing: listing))
    }

    /// "acme: 3 pages of 3 read, 1 order unreadable, 120 orders"; for known orders "acme:
    /// known orders only (…), 1 order unreadable, 4 orders", so nobody takes them for the
    /// provider's full list.
    static func completeness(_ list: OrderList, account: String, listing: OrderListing) -> String {
        let pages = list.pages
        var parts = listing == .known ? [Self.knownOrdersNote]
            : [pages.summary]
        if !pages.skipped.isEmpty { parts.append("\(pages.skipped.count) skipped") }
        if !list.unreadable.isEmpty {
            parts.append("\(list.unreadable.count) order\(list.unreadable.count == 1 ? "" : "s") unreadable")
        }
        parts.append("\(list.orders.count) order\(list.orders.count == 1 ? "" : "s")")
        return "\(account): " + parts.joined(separator: ", ")
    }

    /// How `orders` names a known-orders list on stderr.
    static let knownOrdersNote = "known orders only (placed through ordercon or added with ordercon track; the provider publishes no list)"
}
