import OrderKit

/// Lists and selection: the account's orders and local carts, the items read per order, and
/// what each pane lists, filters, sorts and has selected. The rows the panes show are kept
/// ready (`rows`) by the fields they come from, so neither a key press nor a frame costs time
/// in proportion to the number of orders.
public struct ListsState: Sendable, Equatable {
    /// The account's provider, which a local cart's row is shown as.
    public let provider: ProviderKind
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
    /// The list panes' rows and the lookups keys and frames need, kept up to date by the
    /// fields above as they change; derived, so not compared.
    @Derived var rows = OrderLists()

    public init(provider: ProviderKind) {
        self.provider = provider
    }

    // MARK: What each pane lists

    /// Orders not yet placed, newest first: local carts, then the provider's drafts.
    public var drafts: [Order] {
        localCarts.map { $0.asOrder(provider: provider) } + orders.filter { $0.phase.isUnplaced }
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
        rows.positions[id].map { orders[$0] } ?? localCart(id)?.asOrder(provider: provider)
    }

    public func localCart(_ id: String) -> LocalCart? {
        localCarts.first { $0.id == id }
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
        case .drafts, .status: rows[pane].rows.map(listed)
        case .cart, .items: []
        }
    }

    /// How many rows a pane lists, without building them.
    public func rowCount(_ pane: PaneID) -> Int {
        switch pane {
        case .drafts, .status: rows[pane].rows.count
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
        listed(rows[pane].rows[index])
    }

    /// The widest id a list pane shows, up to `limit`, with each local cart's id as `shownCartID` shows it.
    public func widestListedID(_ pane: PaneID, limit: Int, shownCartID: (String) -> String) -> Int {
        rows.widestID(pane, limit: limit) { shownCartID(listed($0).id).count }
    }

    /// The widest status code with its meaning (`1002 pending`) a pane lists, up to `limit`;
    /// 0 when every listed status is a word.
    public func widestListedCodedStatus(_ pane: PaneID, limit: Int) -> Int {
        rows.widestCodedStatus(pane, limit: limit)
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
            let listed = rows[pane].rows
            guard !listed.isEmpty else { return nil }
            return selection[pane].flatMap(reference).flatMap { listed.firstIndex(of: $0) } ?? 0
        case .cart, .items:
            let ids = rowIDs(pane)
            guard !ids.isEmpty else { return nil }
            return selection[pane].flatMap { ids.firstIndex(of: $0) } ?? 0
        }
    }

    public func selectedID(_ pane: PaneID) -> String? {
        selectedIndex(pane).map { rowID(pane, at: $0) }
    }

    /// The order whose lines the Items pane follows: the one selected in the focused pane.
    var itemsSource: String? {
        switch focus {
        case .cart: cartOrderID
        case .drafts: selectedID(.drafts)
        case .status: selectedID(.status)
        case .items: itemsOrderID
        }
    }

    /// How many listed orders are processing, for the header.
    public var processingCount: Int { rows.processingCount }

    /// Whether anything listed or shown may change any second: refresh runs fast then.
    var anyMoving: Bool {
        rows.movingCount > 0 || shownItems.contains { $0.phase.wantsFastRefresh }
    }
}
