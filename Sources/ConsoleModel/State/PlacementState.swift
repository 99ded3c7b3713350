import Foundation
import Store

/// Placement and journal: what keeps an order from being placed twice — whether the journal
/// of earlier unanswered placements has been checked with the provider, and which orders
/// this console itself created or placed since the list on screen was asked for — and the
/// work sent to the provider and not yet answered, as values the guards ask.
public struct PlacementState: Sendable, Equatable {
    /// Whether unfinished placements from an earlier run have been checked with the
    /// provider: nothing may be placed before. The check runs after the first good refresh.
    public var journalCheck = JournalCheck.pending
    /// Accounts whose journal this console has already checked: switching back does not
    /// check again while one of its own placements may still be in flight.
    public var reconciledAccounts: Set<String> = []
    /// When this console itself created or placed an order, by id: a refresh asked before
    /// then cannot know the order yet and must not drop it.
    public var learnedAt: [String: Date] = [:]
    /// Carts and drafts the journal settled as placed in this run, by the id they were
    /// placed from (the journal's idempotency key): when such a cart leaves the lists, the
    /// console says it was placed, with its order id, instead of calling it gone.
    public var settledPlaced: [String: JournalEntry] = [:]
    /// Line writes whose answer was an error or missing, by draft: read again before the
    /// console says what the draft holds.
    public var unclearWrites: [String: UnclearWrite] = [:]
    /// Work sent and not yet answered, oldest first.
    public var inFlight: [InFlight] = []
    /// What the status bar says is under way, derived from `inFlight`.
    public var busy: [String] { inFlight.map(\.message) }

    public init() {}

    /// Records work sent to the provider, for the status bar and the guards that wait for it.
    mutating func track(_ kind: InFlight.Kind, orderID: String? = nil, at now: Date) {
        inFlight.append(InFlight(kind, orderID: orderID, startedAt: now))
    }

    /// Forgets the work an answer settles: the oldest entry of that kind for that order.
    mutating func finish(_ kind: InFlight.Kind, orderID: String? = nil) {
        if let index = inFlight.firstIndex(where: { $0.kind == kind && $0.orderID == orderID }) {
            inFlight.remove(at: index)
        }
    }

    /// The state for another account: only which accounts were checked carries over.
    func switched(to account: String) -> PlacementState {
        var next = PlacementState()
        next.reconciledAccounts = reconciledAccounts
        if reconciledAccounts.contains(account) { next.journalCheck = .done }
        return next
    }
}
