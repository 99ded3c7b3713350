import Foundation

/// That a part was used by the consumer (an Adility voucher redeemed): its value is spent,
/// so nothing is left to cancel or refund, and the console says so instead of asking the
/// provider for a cancel it refuses.
public struct Redemption: Sendable, Codable, Hashable {
    /// When it was used, where the provider says so in a readable date; nil stays unknown,
    /// never now.
    public var at: Date?

    public init(at: Date?) {
        self.at = at
    }
}
