import Foundation

/// One offer of the sandbox price list; `AdobePriceList` sends it in the reference's shape.
struct AdobeOffer: Sendable {
    var offerId: String
    var productFamily: String
    var productType: String
    var partnerPrice: Decimal
    var currencyCode: String
    /// How long one unit runs, as the reference's `duration` says it ("12 Months").
    var duration: String
}
