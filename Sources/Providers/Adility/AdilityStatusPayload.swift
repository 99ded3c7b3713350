/// The body of `PUT /orders/{id}` inside its `order` root, and of
/// `PUT /offers/{offer_id}/vouchers/{id}` inside its `voucher` root: cancelling an order or
/// one voucher is sending its new status.
struct AdilityStatusPayload: Codable {
    static let cancelled = AdilityStatusPayload(status: "cancelled")

    var status: String
}
