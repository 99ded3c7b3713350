import Foundation
import Store

/// One journal entry as `ordercon journal` prints it: the outcome in words a user can act
/// on, or as a JSON object `{"account","provider","id","key","created_at","outcome",
/// "order_id","message"}` with `outcome` one of placed, refused, not_placed, unknown.
struct JournalLine: Encodable {
    static let unknown = "unknown"

    var account: String
    var provider: String
    var id: Int64
    var key: String
    var createdAt: Date
    var outcome: String
    var orderID: String?
    var message: String?
    /// The order-creating operation (`return`, `change`), for an intent that is not a placement.
    var operation: String?

    enum CodingKeys: String, CodingKey {
        case account, provider, id, key, outcome, message
        case createdAt = "created_at", orderID = "order_id"
    }

    /// `trouble` is why reconciliation could not ask the provider, for intents left open.
    init(_ entry: JournalEntry, trouble: String?) {
        account = entry.account
        provider = entry.provider.rawValue
        id = entry.id
        key = entry.idempotencyKey
        createdAt = entry.createdAt
        orderID = entry.orderID
        operation = entry.operationID
        switch entry.outcome {
        case .placed?:
            outcome = "placed"
            message = entry.message
        case .refused?:
            outcome = "refused"
            message = entry.message
        case .notPlaced?:
            outcome = "not_placed"
            message = entry.operationID.map { "the \($0) made no order; do it again (o in the console)" }
                ?? "not placed; place it again (ordercon place, or p in the console)"
        case nil:
            outcome = Self.unknown
            message = "still unknown: \(trouble ?? "its request may still reach the provider"); run ordercon journal again in a minute"
        }
    }

    var text: String {
        let when = createdAt.formatted(.iso8601)
        let what = switch outcome {
        case "placed": orderID.map { "placed as order \($0)" } ?? "placed, order id unknown: \(message ?? "")"
        case "refused": "refused: \(message ?? "")"
        default: message ?? outcome
        }
        return "\(account)  #\(id)  \(when)  \(operation.map { "\($0) " } ?? "")\(key)  \(what)"
    }

    static func json(_ lines: [JournalLine]) -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(lines)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
