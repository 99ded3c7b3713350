import OrderKit

/// One list pane's rows (Drafts or Status), kept between key presses instead of being
/// filtered and sorted again for every key and every frame.
///
/// Rows are references: a position in `ConsoleState.orders`, or `-1 - position` in
/// `ConsoleState.localCarts`. Filtering keeps the sort (it only drops rows), so the sort
/// runs only when the orders, the stage, the phase or the sort change. A plain filter that
/// contains an earlier one narrows that earlier result instead of scanning every order, and
/// the results of recent filters are kept, so Backspace costs nothing.
struct ListedOrders: Sendable {
    /// What the rows were listed for: a change of any of these lists the pane again.
    struct Key: Sendable, Equatable {
        var stage: OrderStage?
        var phase: Phase?
        var sort: PaneSort
    }

    private struct Filtered: Sendable {
        var text: String
        var needle: OrderSearchIndex.Needle?
        var rows: [Int32]
    }

    private(set) var key: Key?
    /// The rows the pane admits before its `/` filter, in its sort.
    private(set) var sorted: [Int32] = []
    /// What the pane shows: `sorted` with the filter applied.
    private(set) var rows: [Int32] = []
    /// The text of the filter `rows` were made with, nil for none.
    private(set) var filterText: String?
    /// Recent filter results over `sorted`, oldest first.
    private var recent: [Filtered] = []
    private static let recentLimit = 16

    /// Starts over with newly sorted rows and no filter.
    mutating func list(_ sorted: [Int32], key: Key) {
        self.key = key
        self.sorted = sorted
        rows = sorted
        filterText = nil
        recent = []
    }

    /// The rows with `filter` applied (nil for none).
    /// - Parameter needle: the filter's folded text when it keeps the orders that contain
    ///   it: only such a filter can narrow an earlier result.
    func filtered(_ filter: PaneFilter?, needle: OrderSearchIndex.Needle?, matches: (Int32) -> Bool) -> ListedOrders {
        var next = self
        next.filterText = filter?.text
        guard let filter else {
            next.rows = sorted
            return next
        }
        if let earlier = recent.last(where: { $0.text == filter.text }) {
            next.rows = earlier.rows
            return next
        }
        let narrowest = needle.flatMap { needle in
            recent.filter { $0.needle.map(needle.narrows) == true }.min { $0.rows.count < $1.rows.count }
        }
        next.rows = (narrowest?.rows ?? sorted).filter(matches)
        next.recent.append(Filtered(text: filter.text, needle: needle, rows: next.rows))
        if next.recent.count > Self.recentLimit { next.recent.removeFirst() }
        return next
    }
}
