import Foundation
import Store

/// Refresh and accounts: where the account's list stands with the provider and the cache
/// (one refresh at a time, paused by the user or fixed by `:refresh`, backing off after
/// failures, how complete it was) and the all-accounts view that refreshes every account.
public struct RefreshState: Sendable, Equatable {
    /// A refresh is in flight: another waits, so an older answer never lands after a newer one.
    public var running = false
    /// The user paused background refresh (`Z`); `r` still refreshes once.
    public var paused = false
    /// Refreshes failed in a row; the header warns from three on.
    public var failures = 0
    /// When the first of the refreshes failing in a row was asked for: the header says
    /// refreshing is failing, and for how long, instead of an age that only grows.
    public var failingSince: Date?
    /// When the list on screen was asked for.
    public var last: Date?
    /// While the cache is still being read behind the first frame: where the next page starts.
    public var cacheCursor: CacheCursor?
    /// A fixed background refresh interval set with `:refresh 5s`.
    public var fixedInterval: TimeInterval?
    /// How complete the account's last refreshed list was.
    public var completeness: ListCompleteness?
    /// The all-accounts view, while it is open (`:all`): it refreshes every account.
    public var overview: Overview?

    public init() {}

    /// Starts a refresh unless one is in flight; true when the caller should ask for it.
    mutating func start() -> Bool {
        guard !running else { return false }
        running = true
        return true
    }
}
