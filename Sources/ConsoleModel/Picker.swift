/// A list to choose from (catalog offers, customer accounts), narrowed by typing.
public struct Picker: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case offer
        case customer
        case account
        /// What the provider can do to one order now.
        case operation(orderID: String)
    }

    public struct Entry: Sendable, Equatable {
        public var id: String
        public var label: String
        public var detail: String
        /// Why it cannot be chosen: shown dimmed with the reason, and ↵ on it says why.
        public var unavailableReason: String?

        public init(id: String, label: String, detail: String, unavailableReason: String? = nil) {
            self.id = id
            self.label = label
            self.detail = detail
            self.unavailableReason = unavailableReason
        }
    }

    public var purpose: Purpose
    /// Nil while the list is still loading.
    public var entries: [Entry]?
    public var query: String = ""
    public var selected: Int = 0

    public init(purpose: Purpose, entries: [Entry]?) {
        self.purpose = purpose
        self.entries = entries
        title = Self.title(for: purpose)
    }

    /// The dialog's title; `init` gives the purpose's, a caller may word it for the account.
    public var title: String

    /// The title a purpose gets unless the caller words it otherwise.
    static func title(for purpose: Purpose) -> String {
        switch purpose {
        case .offer: "Add item: choose an offer"
        case .customer: "New draft: choose the customer account"
        case .account: "Switch account"
        case .operation(let orderID): "Order \(orderID): choose an action"
        }
    }

    /// The entries matching the typed query (case-insensitive substring of label or id).
    public var visible: [Entry] {
        guard let entries else { return [] }
        guard !query.isEmpty else { return entries }
        return entries.filter {
            $0.label.localizedCaseInsensitiveContains(query) || $0.id.localizedCaseInsensitiveContains(query)
        }
    }

    public var selectedEntry: Entry? {
        let visible = visible
        return visible.indices.contains(selected) ? visible[selected] : nil
    }
}
