import OrderKit

/// One account's list of orders (with what of it could not be read), or why it could not
/// be read at all.
public struct AccountOrders: Sendable {
    public var account: String
    public var provider: ProviderKind
    public var result: Result<OrderList, OrderError>
    /// Whether the list is the provider's or the orders ordercon knows, which `orders` says.
    public var listing: OrderListing

    public init(account: String, provider: ProviderKind, result: Result<OrderList, OrderError>,
                listing: OrderListing = .provider) {
        self.account = account
        self.provider = provider
        self.result = result
        self.listing = listing
    }
}
