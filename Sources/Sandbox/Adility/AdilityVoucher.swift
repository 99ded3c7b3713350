import Foundation

/// One voucher per purchased unit of a deal offer, with every field the document lists;
/// the dates not reached yet are sent as null (JSON) or an empty element (XML).
struct AdilityVoucher: Encodable, Sendable, AdilityNamedElement {
    static let elementName = "voucher"

    enum Status: String, Encodable, Sendable {
        case acquired
        case redeemed
        case cancelled
    }

    var id: String
    var offerID: String
    var redemptionCode: String
    var customerName: String
    var status: Status
    var acquiredAt: Date
    var redeemedAt: Date?
    var cancelledAt: Date?
    var expirationDate: Date
    var barcode: AdilityImage
    var printURL: String

    enum CodingKeys: String, CodingKey {
        case id, status, barcode
        case offerID = "offer_id", redemptionCode = "redemption_code", customerName = "customer_name"
        case acquiredAt = "acquired_at", redeemedAt = "redeemed_at", cancelledAt = "cancelled_at"
        case expirationDate = "expiration_date", printURL = "print_url"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(offerID, forKey: .offerID)
        try container.encode(redemptionCode, forKey: .redemptionCode)
        try container.encode(customerName, forKey: .customerName)
        try container.encode(status, forKey: .status)
        try container.encode(acquiredAt, forKey: .acquiredAt)
        try container.encode(redeemedAt, forKey: .redeemedAt)
        try container.encode(cancelledAt, forKey: .cancelledAt)
        try container.encode(expirationDate, forKey: .expirationDate)
        try container.encode(barcode, forKey: .barcode)
        try container.encode(printURL, forKey: .printURL)
    }
}
