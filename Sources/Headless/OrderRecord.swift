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
    }

    public var account: String
    public var provider: String
    public var id: String
    public var phase: String
    public var status: String
    public var createdAt: Date
    public var updatedAt: Date
    public var total: Total?
    public var items: [Item]

    enum CodingKeys: String, CodingKey {
        case account, provider, id, phase, status, total, items
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    public init(_ order: Order) {
        account = order.account
        provider = order.provider.rawValue
        id = order.id
        phase = order.phase.rawValue
        status = order.status
        createdAt = order.createdAt
        updatedAt = order.updatedAt
        total = order.displayTotal.map { Total(amount: $0.amount, currency: $0.currency) }
        items = order.items.map {
            Item(id: $0.id, offer: $0.offerID, name: $0.name, quantity: $0.quantity, phase: $0.phase.rawValue,
                 status: $0.status)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(account, forKey: .account)
        try container.encode(provider, forKey: .provider)
        try container.encode(id, forKey: .id)
        try container.encode(phase, forKey: .phase)
        try container.encode(status, forKey: .status)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(total, forKey: .total)
        try container.encode(items, forKey: .items)
    }

    /// Records as JSON: one array, stable key order, ISO 8601 dates.
    public static func json(_ records: [OrderRecord]) -> String {
        String(decoding: (try? encoder.encode(records)) ?? Data("[]".utf8), as: UTF8.self)
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
