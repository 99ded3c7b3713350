/// The body of `PUT /orders/{id}` inside its `order` wrapper, and of
/// `PUT /offers/{offer_id}/vouchers/{id}` inside its `voucher` wrapper: the only update
/// either takes is `{"status": "cancelled"}`.
struct AdilityStatusUpdate: Decodable, Sendable {
    var status: String?
}
