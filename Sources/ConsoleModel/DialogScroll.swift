/// How a scrolling view (help, an order's details, the event log) moves: as every list does
/// (`ListMove`), and Space a page down as in a pager.
enum DialogScroll {
    /// The scroll position after `key`, never above the top nor below `bottom`, or nil when
    /// the key does not scroll.
    /// - Parameter bottom: the last position; a view that does not know its length yet
    ///   passes nil, and G/End then leave it where it is (the renderer shows the end).
    static func scrolled(_ scroll: Int, by key: Key, keymap: Keymap, page: Int, bottom: Int?) -> Int? {
        let move = key == .char(" ") ? .pageDown : ListMove.of(key, keymap: keymap)
        guard let move else { return nil }
        if move == .bottom, bottom == nil { return scroll }
        return move.applied(to: scroll, count: (bottom ?? Int.max / 2) + 1, page: page)
    }
}
