/// The keys and values a line of one offer was last added with, kept so the next addition
/// of that offer starts from them: how a provider without a published form schema (Appxite)
/// is filled in once from the portal's request and then reused.
public struct FormTemplate: Sendable, Hashable {
    public var provider: ProviderKind
    public var offerID: String
    /// In the order the user wrote them.
    public var entries: [FormEntry]

    public init(provider: ProviderKind, offerID: String, entries: [FormEntry]) {
        self.provider = provider
        self.offerID = offerID
        self.entries = entries
    }

    /// The entries as a cart line's parameters, by key.
    public var parameters: [String: String] {
        Dictionary(entries.map { ($0.key, $0.value) }) { first, _ in first }
    }

    /// The line's quantity for the cart: the first whole number under a key named like the
    /// portal's quantity boxes (`quantityBox1`), else 1. The request sends the entries as
    /// they are; this only says how many the cart shows.
    public var quantity: Int {
        for entry in entries where entry.key.lowercased().hasPrefix("quantity") {
            if case .integer(let number) = FormLiteral(typed: entry.value), number > 0 { return number }
        }
        return 1
    }
}
