/// Whether the provider priced an order, and if not why: a missing total is then explained
/// by the client that read it, never guessed from an absent amount (Adobe prices only
/// complete, single-currency orders; a pending one showing 0 or "—" would mislead).
public enum Pricing: Sendable, Codable, Hashable {
    /// The provider's own figures: the total it answered, else the sum of its line prices.
    /// Every provider whose client says nothing else.
    case priced
    /// The provider prices the order only once it is complete (Adobe's 1002 pending).
    case pricedWhenComplete
    /// The provider does not price this order, for the reason given (more than one
    /// currency, a failed or cancelled order).
    case notPriced(reason: String)
    /// The provider should have priced it but its price could not be read, for the reason
    /// given (the answer carried no or an unreadable price).
    case lookupFailed(reason: String)

    /// The total as the screens show it: the amount, or why there is none.
    public func totalText(_ total: Money?, provider: ProviderKind) -> String {
        switch self {
        case .priced: total?.formatted ?? "—"
        case .pricedWhenComplete: "priced when complete"
        case .notPriced(let reason): "not priced by \(provider.displayName): \(reason)"
        case .lookupFailed(let reason): "price not read: \(reason)"
        }
    }
}
