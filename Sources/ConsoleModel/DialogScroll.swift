/// How a scrolling view (help, an order's details, the event log) moves: as every list does
/// (`ListMove`), Space a page down as in a pager, and ←→ sideways where a text is wider.
enum DialogScroll {
    /// The scroll position after `key`, never above the top nor below `bottom`, or nil when
    /// the key does not scroll.
    /// - Parameter bottom: the last position, as the last frame measured it
    ///   (`Action.dialogMeasured`); before the first frame, any: the renderer shows the end,
    ///   and the measurement brings the position back to it.
    static func scrolled(_ scroll: Int, by key: Key, keymap: Keymap, page: Int, bottom: Int?) -> Int? {
        let move = key == .char(" ") ? .pageDown : ListMove.of(key, keymap: keymap)
        return move?.applied(to: scroll, count: (bottom ?? Int.max / 4) + 1, page: page)
    }

    /// How many columns ← and → move a wide text sideways.
    static let sidewaysStep = 8

    /// The column after ←/h or →/l, from 0 to `right`, or nil when the key does not move
    /// sideways.
    /// - Parameter right: how far the last frame measured the rows can go; before the first
    ///   frame, any (the measurement brings the column back).
    static func sideways(_ column: Int, by key: Key, right: Int?) -> Int? {
        switch key {
        case .left, .char("h"): max(0, column - sidewaysStep)
        case .right, .char("l"): min(right ?? Int.max / 4, column + sidewaysStep)
        default: nil
        }
    }
}
