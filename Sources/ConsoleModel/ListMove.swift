/// The one way every list and scrolling view moves — panes, pickers, help, an order's
/// details, the event log, `:messages`, the all-accounts view — so a key means the same
/// thing everywhere: the keymap's up, down, page, first and last keys (`[keys]` overrides
/// included), and the arrows, PgUp/PgDn and Home/End whatever the keymap says.
public enum ListMove: Sendable, Equatable {
    case up, down, pageUp, pageDown, top, bottom

    /// The move `key` asks for, or nil when it is not a moving key. While the user types
    /// into a filter (`typing`), a printable key is text and only the other keys move.
    public static func of(_ key: Key, keymap: Keymap, typing: Bool = false) -> ListMove? {
        switch key {
        case .up: return .up
        case .down: return .down
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .home: return .top
        case .end: return .bottom
        case .char where typing: return nil
        default: break
        }
        switch keymap.command(for: key) {
        case .moveUp: return .up
        case .moveDown: return .down
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .top: return .top
        case .bottom: return .bottom
        default: return nil
        }
    }

    /// The index after the move in a list of `count` rows, `page` rows to a page; never
    /// outside the list (0 for an empty one).
    public func applied(to index: Int, count: Int, page: Int) -> Int {
        let last = max(0, count - 1)
        let target = switch self {
        case .up: index - 1
        case .down: index + 1
        case .pageUp: index - page
        case .pageDown: index.addingReportingOverflow(page).partialValue
        case .top: 0
        case .bottom: last
        }
        return min(max(0, target), last)
    }
}
