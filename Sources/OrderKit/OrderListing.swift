/// Where an account's order list comes from: the provider's own list endpoint, or the
/// orders ordercon knows (placed through it, or added with `ordercon track`), each read by id.
///
/// Why: Appxite and Adility publish no order list, so reading one there fails on a real
/// account; the account declares how it lists (config `order_list`), and nothing relies on
/// catching that failure at run time.
public enum OrderListing: String, Sendable, Hashable, CaseIterable {
    /// `GET` the provider's list, every page.
    case provider
    /// Poll each known order by id.
    case known

    /// The listing an account of `kind` starts with: `known` where the provider's public
    /// reference publishes no order list (appxite, adility), `provider` elsewhere.
    public static func standard(for kind: ProviderKind) -> OrderListing {
        switch kind {
        case .appxite, .adility: .known
        case .whitelabel, .adobe, .mpt: .provider
        }
    }
}
