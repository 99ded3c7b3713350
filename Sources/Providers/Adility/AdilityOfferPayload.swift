import OrderKit

/// An offer (`GET /offers`, `GET /offers/{id}`): `id, title, price, value, type
/// (deal | coupon | gift_card), quantity_in_stock, status`; `price` and `value` are
/// currency objects, kept with the provider's own `formatted_amount`.
struct AdilityOfferPayload {
    var id: String
    var title: String?
    var price: Money?
    var value: Money?
    var formattedValue: String?
    var type: String?
    var quantityInStock: Int?
    var status: String?
}
