/// A voucher of a deal or gift card, one per unit bought: the fields the Voucher resource
/// lists. Dates stay text (examples send empty strings); `status` is kept as sent
/// (`Acquired`, `redeemed`) and compared without case.
struct AdilityVoucherPayload {
    var id: String
    var offerID: String?
    var redemptionCode: String?
    var customerName: String?
    var status: String
    var acquiredAt: String?
    var redeemedAt: String?
    var cancelledAt: String?
    var expirationDate: String?
    /// Where the barcode image is (`barcode` is an image object), or that there is one.
    var barcode: String?
    var printURL: String?

    /// The status in lower case, for comparing.
    var state: String { status.lowercased() }
}
