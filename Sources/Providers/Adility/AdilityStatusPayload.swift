/// The body of `PUT /orders/{id}` inside its `order` root: cancelling an order is sending
/// its new status.
struct AdilityStatusPayload: Codable {
    static let cancelled = AdilityStatusPayload(status: "cancelled")

    var status: String
}
