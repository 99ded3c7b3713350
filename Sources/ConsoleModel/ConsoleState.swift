import Foundation
import OrderKit
import Store

/// Everything the screen shows, and nothing it does not need: the frame is a pure
/// function of this value.
///
/// It is cut the way features are: the account and session context at the top, then one
/// sub-state per feature, each changed by its own part of the reducer — lists and
/// selection, lookups, the dialog in front, refresh, placement, messages.
public struct ConsoleState: Sendable, Equatable {
    public var account: AccountSummary
    /// Every configured account, for switching.
    public var accounts: [AccountSummary]
    /// The keymap as configured; what a key may do on this account is `Availability`'s answer.
    public var keymap: Keymap
    public var now: Date
    /// The zone times are told in: the user's own; tests and golden screens use UTC.
    public var timeZone = TimeZone.current
    /// How many rows a pane shows: the page for PgUp/PgDn in panes and dialogs.
    public var rowsPerPane = 5
    /// The API calls and unreadable answers `:log` shows.
    public var log = EventLog()
    /// Theme names for `:theme` completion.
    public var themeNames: [String] = []
    public var shouldQuit = false

    /// Lists and selection.
    public var lists: ListsState
    /// What the provider answered besides the list.
    public var lookups = Lookups()
    /// The modal and forms.
    public var dialog = DialogState()
    /// Refresh and the all-accounts view.
    public var refresh = RefreshState()
    /// Placement, journal and work in flight.
    public var placement = PlacementState()
    /// The status bar's message and the session's messages.
    public var messages = Messages()

    /// How many cached orders the first frame waits for; the rest follow in growing pages.
    public static let firstCachePage = 500
    public static let cachePageLimit = 25_000

    public init(account: AccountSummary, accounts: [AccountSummary] = [], now: Date, keymap: Keymap = .standard) {
        self.account = account
        self.accounts = accounts.isEmpty ? [account] : accounts
        self.now = now
        self.keymap = keymap
        lists = ListsState(provider: account.provider)
    }

    /// A fresh state on another account, keeping what is not per account.
    public func switched(to account: AccountSummary) -> ConsoleState {
        var state = ConsoleState(account: account, accounts: accounts, now: now, keymap: keymap)
        state.rowsPerPane = rowsPerPane
        state.timeZone = timeZone
        state.log = log
        state.themeNames = themeNames
        state.dialog.typedLines = dialog.typedLines
        state.placement = placement.switched(to: account.name)
        state.messages = messages
        return state
    }

    /// True for a local cart's line whose offer the catalog, once read, no longer has: a cart
    /// outlives the catalog it was composed from (the embedded sandbox is new every run), and
    /// such a line is shown as such rather than dropped.
    public func isNoLongerOffered(_ item: OrderItem, inCart cartID: String) -> Bool {
        guard lists.localCart(cartID) != nil, let offers = lookups.offers else { return false }
        return !offers.contains { $0.id == item.offerID }
    }

    // MARK: Refresh policy

    /// How long until the next background refresh, or nil while the user paused it (`Z`).
    /// Dialogs do not pause it: a processing order still moves behind a picker, a form or a
    /// confirmation, and only what the user is editing is kept out of its way. Fast while
    /// anything listed may still change, slow when all is final, backing off after failures.
    public func refreshInterval(fast: TimeInterval = 2, slow: TimeInterval = 30) -> TimeInterval? {
        guard !refresh.paused else { return nil }
        if refresh.overview != nil { return 1 }
        if let fixed = refresh.fixedInterval { return fixed }
        let base = lists.anyMoving ? fast : slow
        guard refresh.failures > 0 else { return base }
        return min(base * pow(2, Double(min(refresh.failures, 8))), 300)
    }

    /// True once three refreshes in a row have failed: the header turns to the warning colour.
    public var isStale: Bool { refresh.failures >= 3 }
}
