/// Something the user can ask for with one key, outside dialogs.
public enum Command: String, CaseIterable, Sendable, Hashable {
    case nextPane, previousPane
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, refresh, pauseRefresh, help, messages, quit
    case filter, commandLine, sortNext, sortReverse
    case switchAccount
    case newDraft, addItem, deleteItem, place, cancel, editFields, operations

    /// The words help and the status bar show.
    public var title: String {
        switch self {
        case .nextPane: "next pane"
        case .previousPane: "previous pane"
        case .moveUp: "up"
        case .moveDown: "down"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .top: "first"
        case .bottom: "last"
        case .open: "open (a draft becomes the cart)"
        case .refresh: "refresh now"
        case .pauseRefresh: "pause or resume background refresh"
        case .help: "help"
        case .messages: "every message of this session, the last in full"
        case .filter: "filter the pane (re: regex, ! inverts, Esc clears)"
        case .commandLine: "command line (the commands are below)"
        case .sortNext: "sort by the next field (date, status, id)"
        case .sortReverse: "reverse the sort"
        case .quit: "quit"
        case .newDraft: "new draft"
        case .addItem: "add item to the cart"
        case .deleteItem: "delete item from the cart"
        case .place: "place the cart order"
        case .cancel: "cancel the order (Status) or item (Items)"
        case .switchAccount: "switch account"
        case .editFields: "edit the order's fields (in Items: the item's)"
        case .operations: "order actions: approve, schedule, return, change, notes…"
        }
    }

    /// The words for this account: a provider that keeps no drafts builds a cart, and help
    /// and the status bar say so.
    public func title(for account: AccountSummary) -> String {
        switch self {
        case .newDraft where !account.capabilities.serverSideDrafts: "new cart"
        default: title
        }
    }

    /// The name a config file's `[keys]` table uses: `place`, `new_draft`, `pause_refresh`.
    public var configName: String {
        rawValue.reduce(into: "") { name, character in
            if character.isUppercase { name += "_" + character.lowercased() } else { name.append(character) }
        }
    }

    /// Commands that create, change or cancel orders: read-only mode drops them all.
    public var changesOrders: Bool {
        switch self {
        case .newDraft, .addItem, .deleteItem, .place, .cancel, .editFields, .operations: true
        default: false
        }
    }
}
