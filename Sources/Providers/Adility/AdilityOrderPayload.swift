import Foundation

/// An order as the Adility API sends it (the Order resource), read by `AdilityReader` from
/// JSON or XML alike: only `id` is required; vouchers sit on the items.
struct AdilityOrderPayload {
    var id: String
    var orderNumber: String?
    /// Empty when the answer has none (named in `degraded`).
    var status: String
    var items: [AdilityOrderItemPayload]
    var customerName: String?
    var purchasedAt: Date?
    /// Fields present but unreadable, by path, with the reason.
    var degraded: [String: String] = [:]

    var vouchers: [AdilityVoucherPayload] { items.flatMap(\.vouchers) }
}
