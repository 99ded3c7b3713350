import Foundation

/// What one list call read: every order that could be read, every entry that could not, and
/// how much of the provider's list that was.
///
/// A list is never all or nothing: one malformed order, or one page that cannot be read,
/// is reported here and the rest is still shown. `isPartial` says whether anything is
/// missing, so the headless commands exit 1 and the console marks the pane.
public struct OrderList: Sendable, Hashable {
    public var orders: [Order]
    public var unreadable: [UnreadableOrder]
    public var pages: PagesRead
    /// Why paging stopped before the end (a `next` link to another host, a page that could
    /// not be read where there is no offset to skip it by), or nil when every page was read.
    public var stoppedEarly: String?
    /// Side lookups that failed (a company name, a price list, an offer), each "what: why":
    /// the orders are shown with ids where the names would be, never held back.
    public var lookupFailures: [String]

    public init(orders: [Order], unreadable: [UnreadableOrder] = [], pages: PagesRead = PagesRead(read: 1),
                stoppedEarly: String? = nil, lookupFailures: [String] = []) {
        self.orders = orders
        self.unreadable = unreadable
        self.pages = pages
        self.stoppedEarly = stoppedEarly
        self.lookupFailures = lookupFailures
    }

    /// True when something of the provider's list is missing from `orders`.
    public var isPartial: Bool {
        !unreadable.isEmpty || stoppedEarly != nil || !pages.skipped.isEmpty
    }
}

/// How many pages a list call read, of how many the provider said there were.
public struct PagesRead: Sendable, Hashable {
    public var read: Int
    /// The provider's own count of pages, where it gives one (a total, or offset paging).
    public var total: Int?
    /// Pages that could not be read at all and were skipped (offset paging), by number from 1.
    public var skipped: [Int]

    public init(read: Int, total: Int? = nil, skipped: [Int] = []) {
        self.read = read
        self.total = total
        self.skipped = skipped
    }

    /// "3 pages of 5 read", "1 page read": how the pane header and `orders` say it, so a
    /// short read is never taken for the provider's whole list.
    public var summary: String {
        "\(read) page\(read == 1 ? "" : "s")\(total.map { " of \($0)" } ?? "") read"
    }
}

/// A list entry that could not be read as an order at all.
public struct UnreadableOrder: Sendable, Hashable {
    /// The order's id when even that much could be read.
    public var id: String?
    /// Where it stood in the list, counting from 1 across pages.
    public var position: Int
    /// What was wrong, in a few words ("id: absent", "not an object").
    public var reason: String
    /// The element as received, for the detail view.
    public var raw: String?

    public init(id: String?, position: Int, reason: String, raw: String? = nil) {
        self.id = id
        self.position = position
        self.reason = reason
        self.raw = raw
    }

    /// How a person names it: by id, or by its place in the list.
    public var label: String {
        id.map { "order \($0)" } ?? "entry \(position)"
    }
}
