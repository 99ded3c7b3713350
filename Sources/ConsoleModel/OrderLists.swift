import OrderKit

/// What the Drafts and Status panes list, with the lookups every key press and frame
/// needs, kept ready so that neither costs time in proportion to the number of orders.
///
/// It is derived from `ConsoleState`'s own fields whenever one of them changes, so the state
/// keeps it `@Derived`, out of its equality.
struct OrderLists: Sendable {
    /// Each order's position in `ConsoleState.orders`, by id (the first, should one repeat).
    private(set) var positions: [String: Int] = [:]
    /// Built by the first `/` filter, not with the orders: most sessions never filter, and
    /// for 100 000 orders the index takes about 10 MB.
    private(set) var search: OrderSearchIndex?
    /// Each order's id length in characters, for the id column.
    private var idWidths: [UInt8] = []
    /// Each order's status code with its meaning (`1002 pending`) in characters, for the
    /// status column; 0 for a status word, which is cut at the column's width as before.
    private var codedStatusWidths: [UInt8] = []
    private(set) var drafts = ListedOrders()
    private(set) var status = ListedOrders()
    /// Orders that are processing or in an unknown status, for the header.
    private(set) var processingCount = 0
    /// Orders whose status may change any second: refresh runs fast while there are any.
    private(set) var movingCount = 0

    /// Indexes a new set of orders; the panes must be listed again after.
    mutating func index(_ orders: [Order]) {
        positions = Dictionary(orders.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        search = nil
        idWidths = orders.map { UInt8(min(255, $0.id.count)) }
        codedStatusWidths = orders.map { $0.statusMeaning == nil ? 0 : UInt8(min(255, $0.statusLabel.count)) }
        processingCount = orders.count(where: { $0.phase == .processing || $0.phase == .unknown })
        movingCount = orders.count(where: { $0.phase.wantsFastRefresh })
    }

    /// Makes sure the search index covers `orders` (the orders last indexed).
    mutating func indexText(_ orders: [Order]) {
        if search == nil { search = OrderSearchIndex(orders) }
    }

    subscript(pane: PaneID) -> ListedOrders {
        get { pane == .drafts ? drafts : status }
        set {
            if pane == .drafts { drafts = newValue } else { status = newValue }
        }
    }

    /// The widest order id a pane lists, up to `limit`; a local cart (a negative row) is
    /// measured by `cartWidth`.
    func widestID(_ pane: PaneID, limit: Int, cartWidth: (Int32) -> Int) -> Int {
        var widest = 0
        for row in self[pane].rows {
            widest = max(widest, row < 0 ? cartWidth(row) : Int(idWidths[Int(row)]))
            if widest >= limit { return limit }
        }
        return widest
    }

    /// The widest status code with its meaning a pane lists, up to `limit`; a status word
    /// or a local cart counts as none.
    func widestCodedStatus(_ pane: PaneID, limit: Int) -> Int {
        var widest = 0
        for row in self[pane].rows where row >= 0 {
            widest = max(widest, Int(codedStatusWidths[Int(row)]))
            if widest >= limit { return limit }
        }
        return widest
    }
}
