import Foundation
import OrderKit
import Store

/// Everything the screen shows, and nothing it does not need: the frame is a pure
/// function of this value.
public struct ConsoleState: Sendable, Equatable {
    public var account: AccountSummary
    /// Every configured account, for switching.
    public var accounts: [AccountSummary]
    /// The keymap as configured; what a key may do on this account is `Availability`'s answer.
    public var keymap: Keymap
    /// Every known order of the account, newest first.
    public var orders: [Order] = [] {
        didSet { ordersChanged() }
    }
    /// Carts composed in ordercon for providers without server-side drafts, newest first.
    public var localCarts: [LocalCart] = [] {
        didSet { relistAll() }
    }
    /// The draft being composed in the Cart pane.
    public var cartOrderID: String?
    /// Items loaded per order id.
    public var items: [String: [OrderItem]] = [:]
    /// The order whose items the Items pane shows.
    public var itemsOrderID: String?
    public var focus: PaneID = .status
    /// The selected row of each pane, by id, so it survives reloads.
    public var selection: [PaneID: String] = [:]
    public var modal: Modal?
    public var toast: Toast?
    public var now: Date
    /// The list's standing with the provider and the cache.
    public var refresh = RefreshState()
    /// How many cached orders the first frame waits for; the rest follow in growing pages.
    public static let firstCachePage = 500
    public static let cachePageLimit = 25_000
    public var offers: [Offer]?
    public var customers: [Customer]?
    /// What the provider can do to each order, as last asked (`o`).
    public var operations: [String: [OrderOperation]] = [:]
    /// The provider's own facts per order, for the detail view.
    public var details: [String: [DetailSection]] = [:]
    /// The journal check and the orders this console learned of itself: what keeps an
    /// order from being placed twice.
    public var placement = PlacementState()
    /// Statuses seen per order, oldest first.
    public var history = StatusHistory()
    public var rowsPerPane = 5
    /// `/` filters per pane.
    public var filters: [PaneID: PaneFilter] = [:] {
        didSet { refilter() }
    }
    /// Sort per list pane; date, newest first, when unset.
    public var sorts: [PaneID: PaneSort] = [:] {
        didSet { relist() }
    }
    /// Which orders the Status pane lists (`:stage`): placed ones by default.
    public var stage = OrderStage.confirmed {
        didSet { relist() }
    }
    /// Only orders in this phase in the Status pane (`:phase`).
    public var phaseFilter: Phase? {
        didSet { relist() }
    }
    /// The API calls and unreadable answers `:log` shows.
    public var log = EventLog()
    /// How complete the account's last refreshed list was.
    public var completeness: ListCompleteness?
    /// The all-accounts view, while it is open (`:all`).
    public var overview: Overview?
    /// Theme names for `:theme` completion.
    public var themeNames: [String] = []
    /// Work sent and not yet answered, oldest first.
    public var inFlight: [InFlight] = []
    /// What the status bar says is under way, derived from `inFlight`.
    public var busy: [String] { inFlight.map(\.message) }
    public var shouldQuit = false
    /// The list panes' rows and the lookups keys and frames need, kept up to date by the
    /// fields above as they change; derived, so not compared.
    @Derived var lists = OrderLists()

    public init(account: AccountSummary, accounts: [AccountSummary] = [], now: Date, keymap: Keymap = .standard) {
        self.account = account
        self.accounts = accounts.isEmpty ? [account] : accounts
        self.now = now
        self.keymap = keymap
    }

    /// A fresh state on another account, keeping what is not per account.
    public func switched(to account: AccountSummary) -> ConsoleState {
        var state = ConsoleState(account: account, accounts: accounts, now: now, keymap: keymap)
        state.rowsPerPane = rowsPerPane
        state.log = log
        state.themeNames = themeNames
        state.placement = placement.switched(to: account.name)
        return state
    }

    // MARK: What each pane lists

    /// Orders not yet placed, newest first: local carts, then the provider's drafts.
    public var drafts: [Order] {
        localCarts.map { $0.asOrder(provider: account.provider) } + orders.filter { $0.phase.isUnplaced }
    }

    /// Placed orders, newest first.
    public var placed: [Order] { orders.filter { !$0.phase.isUnplaced } }

    public var cartOrder: Order? { cartOrderID.flatMap(order) }

    public var cartItems: [OrderItem] {
        guard let cartOrderID else { return [] }
        return items[cartOrderID] ?? cartOrder?.items ?? []
    }

    /// The Items pane's rows: each item followed by its parts (an Adility item's vouchers).
    public var shownItems: [OrderItem] {
        guard let itemsOrderID else { return [] }
        return (items[itemsOrderID] ?? order(itemsOrderID)?.items ?? []).flatMap(\.withParts)
    }

    public func order(_ id: String) -> Order? {
        lists.positions[id].map { orders[$0] } ?? localCart(id)?.asOrder(provider: account.provider)
    }

    public func localCart(_ id: String) -> LocalCart? {
        localCarts.first { $0.id == id }
    }

    /// True for a local cart's line whose offer the catalog, once read, no longer has: a cart
    /// outlives the catalog it was composed from (the embedded sandbox is new every run), and
    /// such a line is shown as such rather than dropped.
    public func isNoLongerOffered(_ item: OrderItem, inCart cartID: String) -> Bool {
        guard localCart(cartID) != nil, let offers else { return false }
        return !offers.contains { $0.id == item.offerID }
    }

    /// The ids a pane lists, in screen order.
    public func rowIDs(_ pane: PaneID) -> [String] {
        switch pane {
        case .cart, .items: items(in: pane).map(\.id)
        case .drafts, .status: list(pane).map(\.id)
        }
    }

    /// The orders a list pane shows: its stage, phase and `/` filter applied, in its sort.
    public func list(_ pane: PaneID) -> [Order] {
        switch pane {
        case .drafts, .status: lists[pane].rows.map(listed)
        case .cart, .items: []
        }
    }

    /// How many rows a pane lists, without building them.
    public func rowCount(_ pane: PaneID) -> Int {
        switch pane {
        case .drafts, .status: lists[pane].rows.count
        case .cart, .items: items(in: pane).count
        }
    }

    /// The id of one row of a pane.
    public func rowID(_ pane: PaneID, at index: Int) -> String {
        switch pane {
        case .drafts, .status: listedOrder(pane, at: index).id
        case .cart, .items: items(in: pane)[index].id
        }
    }

    /// One row of a list pane (Drafts or Status): frames draw only the rows in view.
    public func listedOrder(_ pane: PaneID, at index: Int) -> Order {
        listed(lists[pane].rows[index])
    }

    /// The widest id a list pane shows, up to `limit`, with each local cart's id as `shownCartID` shows it.
    public func widestListedID(_ pane: PaneID, limit: Int, shownCartID: (String) -> String) -> Int {
        lists.widestID(pane, limit: limit) { shownCartID(listed($0).id).count }
    }

    /// The widest status code with its meaning (`1002 pending`) a pane lists, up to `limit`;
    /// 0 when every listed status is a word.
    public func widestListedCodedStatus(_ pane: PaneID, limit: Int) -> Int {
        lists.widestCodedStatus(pane, limit: limit)
    }

    /// The items a pane shows, its `/` filter applied.
    public func items(in pane: PaneID) -> [OrderItem] {
        let items = pane == .cart ? cartItems : pane == .items ? shownItems : []
        guard let filter = filters[pane] else { return items }
        let matches = filter.matcher()
        return items.filter { matches(PaneFilter.fields(of: $0)) }
    }

    /// The selected row's index in a pane, falling back to the first row.
    public func selectedIndex(_ pane: PaneID) -> Int? {
        switch pane {
        case .drafts, .status:
            let rows = lists[pane].rows
            guard !rows.isEmpty else { return nil }
            return selection[pane].flatMap(reference).flatMap { rows.firstIndex(of: $0) } ?? 0
        case .cart, .items:
            let ids = rowIDs(pane)
            guard !ids.isEmpty else { return nil }
            return selection[pane].flatMap { ids.firstIndex(of: $0) } ?? 0
        }
    }

    public func selectedID(_ pane: PaneID) -> String? {
        selectedIndex(pane).map { rowID(pane, at: $0) }
    }

    // MARK: Refresh policy

    /// How long until the next background refresh, or nil while the user paused it (`Z`).
    /// Dialogs do not pause it: a processing order still moves behind a picker, a form or a
    /// confirmation, and only what the user is editing is kept out of its way. Fast while
    /// anything listed may still change, slow when all is final, backing off after failures.
    public func refreshInterval(fast: TimeInterval = 2, slow: TimeInterval = 30) -> TimeInterval? {
        guard !refresh.paused else { return nil }
        if overview != nil { return 1 }
        if let fixed = refresh.fixedInterval { return fixed }
        let anyMoving = lists.movingCount > 0
            || shownItems.contains { $0.phase.wantsFastRefresh }
        let base = anyMoving ? fast : slow
        guard refresh.failures > 0 else { return base }
        return min(base * pow(2, Double(min(refresh.failures, 8))), 300)
    }

    /// How many listed orders are processing, for the header.
    public var processingCount: Int { lists.processingCount }

    /// True once three refreshes in a row have failed: the header turns to the warning colour.
    public var isStale: Bool { refresh.failures >= 3 }
}
