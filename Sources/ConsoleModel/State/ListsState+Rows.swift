import OrderKit

/// Keeping `rows` in step with the fields it is derived from: each field's `didSet` redoes
/// only what depends on it — new orders index and list everything again, a new sort, stage
/// or phase lists the panes again, a new filter only filters.
extension ListsState {
    /// An order or local cart by its row reference (see `ListedOrders`).
    func listed(_ row: Int32) -> Order {
        row >= 0 ? orders[Int(row)] : localCarts[Int(-1 - row)].asOrder(provider: provider)
    }

    /// The row reference of an id: the order with it, else the local cart.
    func reference(_ id: String) -> Int32? {
        if let position = rows.positions[id] { return Int32(position) }
        return localCarts.firstIndex { $0.id == id }.map { -1 - Int32($0) }
    }

    mutating func ordersChanged() {
        rows.index(orders)
        relistAll()
    }

    mutating func relistAll() {
        relist(.drafts, force: true)
        relist(.status, force: true)
    }

    mutating func relist() {
        relist(.drafts, force: false)
        relist(.status, force: false)
    }

    mutating func refilter() {
        refilter(.drafts)
        refilter(.status)
    }

    private mutating func relist(_ pane: PaneID, force: Bool) {
        let key = ListedOrders.Key(stage: pane == .status ? stage : nil, phase: pane == .status ? phaseFilter : nil,
                                   sort: sorts[pane] ?? PaneSort())
        guard force || rows[pane].key != key else { return }
        let sorted = sortedRows(admittedRows(key), by: key.sort)
        rows[pane].list(sorted, key: key)
        refilter(pane)
    }

    /// Local carts, then drafts, then placed orders, as the pane's stage and phase admit them.
    private func admittedRows(_ key: ListedOrders.Key) -> [Int32] {
        let carts = localCarts.indices.map { -1 - Int32($0) }
        let unplaced = orders.indices.lazy.filter { orders[$0].phase.isUnplaced }.map { Int32($0) }
        let admitted: [Int32] = switch key.stage {
        case nil, .draft?: carts + unplaced
        case .confirmed?: orders.indices.lazy.filter { !orders[$0].phase.isUnplaced }.map { Int32($0) }
        case .all?: carts + unplaced + orders.indices.lazy.filter { !orders[$0].phase.isUnplaced }.map { Int32($0) }
        }
        guard let phase = key.phase else { return admitted }
        return admitted.filter { listed($0).phase == phase }
    }

    /// Rows in the pane's sort; orders arrive newest first, so the usual sort finds them
    /// in order already and only checks.
    private func sortedRows(_ unsorted: [Int32], by sort: PaneSort) -> [Int32] {
        let ascending = { (left: Int32, right: Int32) in sort.isAscending(listed(left), listed(right)) }
        let inOrder = zip(unsorted, unsorted.dropFirst()).allSatisfy { left, right in
            sort.descending ? !ascending(left, right) : !ascending(right, left)
        }
        guard !inOrder else { return unsorted }
        let sorted = unsorted.sorted(by: ascending)
        return sort.descending ? sorted.reversed() : sorted
    }

    private mutating func refilter(_ pane: PaneID) {
        let filter = filters[pane]
        guard rows[pane].filterText != filter?.text else { return }
        let substring = filter?.substring
        if substring != nil { rows.indexText(orders) }
        let search = rows.search
        let needle = substring.map { OrderSearchIndex.Needle($0.pattern) }
        let narrowing = substring?.inverted == false ? needle : nil
        let matches = filter?.matcher()
        rows[pane] = rows[pane].filtered(filter, needle: narrowing) { row in
            guard let filter else { return true }
            if row >= 0, let substring, let needle, let search {
                return search.contains(needle, at: Int(row)) != substring.inverted
            }
            return matches?(PaneFilter.fields(of: listed(row))) ?? true
        }
    }
}
