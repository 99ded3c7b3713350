/// A voucher of a deal offer, one per unit bought: the fields the document lists.
struct AdilityVoucherPayload: Decodable, AdilityListElement {
    static let elementName = "voucher"

    var id: String
    var offerID: String
    var redemptionCode: String?
    var customerName: String?
    var status: String
    var acquiredAt: String?
    var redeemedAt: String?
    var cancelledAt: String?
    var expirationDate: String?
    var barcode: String?
    var printURL: String?

    enum CodingKeys: String, CodingKey {
        case id, status, barcode
        case offerID = "offer_id", redemptionCode = "redemption_code", customerName = "customer_name"
        case acquiredAt = "acquired_at", redeemedAt = "redeemed_at", cancelledAt = "cancelled_at"
        case expirationDate = "expiration_date", printURL = "print_url"
    }
}
