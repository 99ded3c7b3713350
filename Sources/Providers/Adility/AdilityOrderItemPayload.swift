/// One line of an order (the OrderItem resource): the offer, its reservation and promotion,
/// the quantity, and the vouchers issued for it. It carries no title and no price: those
/// are the offer's.
struct AdilityOrderItemPayload {
    var offerID: String?
    var reservationID: String?
    var promotionID: String?
    var quantity: Int?
    var vouchers: [AdilityVoucherPayload]
}
