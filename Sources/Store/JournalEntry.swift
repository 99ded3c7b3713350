import Foundation
import OrderKit

/// One order-creating request as the journal keeps it: written before the request leaves,
/// completed with its outcome after, so that a crash in between is noticed on restart.
public struct JournalEntry: Sendable, Hashable, Identifiable {
    public enum Outcome: String, Sendable, Codable, Hashable {
        /// The provider accepted it; `orderID` names the order.
        case placed
        /// The provider refused it; nothing was placed.
        case refused
        /// Reconciliation found no order: the user is told it was not placed.
        case notPlaced
    }

    public var id: Int64
    public var provider: ProviderKind
    public var account: String
    /// What was asked, e.g. "checkout".
    public var intent: String
    /// A fingerprint of the request's content (`digest(of:)`), to recognise a repeat of
    /// the same intent.
    public var payloadDigest: String
    /// The provider's idempotency handle (whitelabel: the draft id being checked out).
    public var idempotencyKey: String
    public var createdAt: Date
    public var outcome: Outcome?
    public var orderID: String?
    public var message: String?
    public var completedAt: Date?

    public init(id: Int64 = 0, provider: ProviderKind, account: String, intent: String, payloadDigest: String,
                idempotencyKey: String, createdAt: Date, outcome: Outcome? = nil, orderID: String? = nil,
                message: String? = nil, completedAt: Date? = nil) {
        self.id = id
        self.provider = provider
        self.account = account
        self.intent = intent
        self.payloadDigest = payloadDigest
        self.idempotencyKey = idempotencyKey
        self.createdAt = createdAt
        self.outcome = outcome
        self.orderID = orderID
        self.message = message
        self.completedAt = completedAt
    }

    /// The prefix of an order-creating operation's intent: `operation:return`.
    public static let operationPrefix = "operation:"

    /// The operation's id when the intent is an order-creating operation, not a placement.
    public var operationID: String? {
        intent.hasPrefix(Self.operationPrefix) ? String(intent.dropFirst(Self.operationPrefix.count)) : nil
    }

    /// FNV-1a 64 of `content`, in hex: a stable fingerprint, not a security hash.
    public static func digest(of content: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in content.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
