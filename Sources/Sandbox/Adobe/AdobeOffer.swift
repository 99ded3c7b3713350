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

    /// The discount level an offer id names (`65304520CA02A12` is level 02), or nil for an
    /// id of another shape.
    static func level(of offerID: String) -> String? {
        guard offerID.count == 15 else { return nil }
        let level = offerID.dropFirst(10).prefix(2)
        return level.allSatisfy(\.isNumber) ? String(level) : nil
    }

    /// The same product's offer id at `level`.
    static func offerID(_ offerID: String, atLevel level: String) -> String {
        String(offerID.prefix(10)) + level + String(offerID.dropFirst(12))
    }
}
