import OrderKit

/// How much of the account's order list the last refresh read: the Status pane's header
/// says it, so a list with holes never passes for the provider's whole list.
public struct ListCompleteness: Sendable, Hashable {
    public var unreadable: [UnreadableOrder]
    public var pages: PagesRead
    public var stoppedEarly: String?

    public init(_ list: OrderList) {
        unreadable = list.unreadable
        pages = list.pages
        stoppedEarly = list.stoppedEarly
    }

    /// The pane title's mark: whatever is missing, then how many pages were read (last,
    /// as the least urgent part of a title a narrow pane cuts short).
    public var mark: String {
        var parts: [String] = []
        if !unreadable.isEmpty {
            parts.append("\(unreadable.count) order\(unreadable.count == 1 ? "" : "s") unreadable: :log for why")
        }
        if !pages.skipped.isEmpty {
            parts.append("\(pages.skipped.count) page\(pages.skipped.count == 1 ? "" : "s") skipped")
        }
        if stoppedEarly != nil { parts.append("list incomplete") }
        parts.append(pages.summary)
        return parts.joined(separator: ", ")
    }
}
