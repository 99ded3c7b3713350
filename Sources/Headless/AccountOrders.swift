import OrderKit

/// One account's orders, or why they could not be read.
public struct AccountOrders: Sendable {
    public var account: String
    public var provider: ProviderKind
    public var result: Result<[Order], OrderError>

    public init(account: String, provider: ProviderKind, result: Result<[Order], OrderError>) {
        self.account = account
        self.provider = provider
        self.result = result
    }
}
