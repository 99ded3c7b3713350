import Foundation
import OrderKit

/// The JSON order object of `status`, `orders` and `watch --format json`: a contract other
/// tools depend on, so its keys never change.
public struct OrderRecord: Encodable, Sendable, Equatable {
    public struct Total: Encodable, Sendable, Equatable {
        public var amount: Decimal
        public var currency: String
    }

    public struct Item: Encodable, Sendable, Equatable {
        public var id: String
        public var offer: String
        public var name: String
        public var quantity: Int
        public var phase: String
        public var status: String
        /// What `status` means where it is a code (`pending` for Adobe's `1002`); left out
        /// where the status is a word of its own.
        public var statusMeaning: String?
        /// The provider's subscription the line created or changes (MPT, once it names one);
        /// the key is left out until then.
        public var subscription: String?

        enum CodingKeys: String, CodingKey {
            case id, offer, name, quantity, phase, status, subscription
            case statusMeaning = "status_meaning"
        }
    }

    public var account: String
    public var provider: String
    public var id: String
    public var phase: String
    /// The provider's status, verbatim: scripts compare it.
    public var status: String
    /// What `status` means where it is a code (`pending` for Adobe's `1002`, `unknown code`
    /// for one its reference does not list); the key is left out where the status is a word.
    public var statusMeaning: String?
    /// Null when the provider's answer gave no readable creation date.
    public var createdAt: Date?
    public var updatedAt: Date
    public var total: Total?
    /// Why `total` is null when the provider did not price the order ("priced when
    /// complete"); absent when it did.
    public var unpriced: String?
    public var items: [Item]
    /// Fields of the answer that could not be read, with why (empty when all were read).
    public var degraded: [String: String]
    /// Why the last refresh could not read the order again (this is then the last good copy).
    public var notReread: String?

    enum CodingKeys: String, CodingKey {
        case account, provider, id, phase, status, total, unpriced, items, degraded
        case createdAt = "created_at", updatedAt = "updated_at", notReread = "not_reread"
        case statusMeaning = "status_meaning"
    }

    public init(_ order: Order) {
        account = order.account
        provider = order.provider.rawValue
        id = order.id
        phase = order.phase.rawValue
        status = order.status
        statusMeaning = order.statusMeaning
        createdAt = order.createdAt
        updatedAt = order.updatedAt
        total = order.displayTotal.map { Total(amount: $0.amount, currency: $0.currency) }
        unpriced = order.pricing == .priced ? nil : order.totalText
        degraded = order.degraded
        notReread = order.notReread
        items = order.items.map {
            Item(id: $0.id, offer: $0.offerID, name: $0.name, quantity: $0.quantity, phase: $0.phase.rawValue,
                 status: $0.status, statusMeaning: $0.statusMeaning, subscription: $0.subscriptionID)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(account, forKey: .account)
        try container.encode(provider, forKey: .provider)
        try container.encode(id, forKey: .id)
        try container.encode(phase, forKey: .phase)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(statusMeaning, forKey: .statusMeaning)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(total, forKey: .total)
        try container.encodeIfPresent(unpriced, forKey: .unpriced)
        try container.encode(items, forKey: .items)
        try container.encode(degraded, forKey: .degraded)
        try container.encodeIfPresent(notReread, forKey: .notReread)
    }

    /// Records as JSON: one array, stable key order, ISO 8601 dates.
    public static func json(_ records: [OrderRecord]) -> String {
        String(decoding: (try? encoder.encode(records)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// Records, then one `{"id", "unreadable"}` entry for each list entry that could not
    /// be read (with its `position` when not even the id could be), as one JSON array.
    public static func json(_ records: [OrderRecord], unreadable: [UnreadableRecord]) -> String {
        let entries = records.map(ListEntry.order) + unreadable.map(ListEntry.unreadable)
        return String(decoding: (try? encoder.encode(entries)) ?? Data("[]".utf8), as: UTF8.self)
    }

    private enum ListEntry: Encodable {
        case order(OrderRecord)
        case unreadable(UnreadableRecord)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .order(let record): try record.encode(to: encoder)
            case .unreadable(let record): try record.encode(to: encoder)
            }
        }
    }

    /// One record as a JSON object.
    public static func json(_ record: OrderRecord) -> String {
        String(decoding: (try? encoder.encode(record)) ?? Data("{}".utf8), as: UTF8.self)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
