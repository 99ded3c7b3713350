/// The one way a scrolling dialog (help, an order's details, the event log) moves, so
/// every dialog answers the same keys: j/k and ↑↓ a line, Space/PgDn and PgUp a page,
/// g/Home the top, G/End the bottom where the dialog knows it.
enum DialogScroll {
    /// The scroll position after `key`, never above the top, or nil when the key does not scroll.
    /// - Parameter bottom: the last position, when the reducer knows how long the text is.
    static func scrolled(_ scroll: Int, by key: Key, page: Int, bottom: Int?) -> Int? {
        let target: Int
        switch key {
        case .char("j"), .down: target = scroll + 1
        case .char("k"), .up: target = scroll - 1
        case .pageDown, .char(" "): target = scroll + page
        case .pageUp: target = scroll - page
        case .home, .char("g"): target = 0
        case .end, .char("G"):
            guard let bottom else { return nil }
            target = bottom
        default: return nil
        }
        return max(0, target)
    }
}
