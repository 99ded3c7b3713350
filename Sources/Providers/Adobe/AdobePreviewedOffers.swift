import OrderKit

/// The offer ids Adobe's PREVIEW answered for each cart this client previewed, by the
/// cart's content: a PREVIEW returns the best-level offer id the customer may buy (a
/// volume level lower than the cart named, say), and the NEW order must carry those.
actor AdobePreviewedOffers {
    private var offers: [String: [Int: String]] = [:]

    /// Keeps the preview's offer id for each line number.
    func remember(_ lines: [AdobeLineItemPayload], for cart: LocalCart) {
        offers[Self.key(cart)] = Self.offers(of: lines)
    }

    /// A preview's offer ids by line number.
    nonisolated static func offers(of lines: [AdobeLineItemPayload]) -> [Int: String] {
        Dictionary(lines.map { ($0.extLineItemNumber, $0.offerId) }) { first, _ in first }
    }

    /// The previewed offer ids by line number, nil when this cart (as it is now) was not previewed.
    func offers(for cart: LocalCart) -> [Int: String]? {
        offers[Self.key(cart)]
    }

    /// The cart's customer and lines: a cart changed after its preview is not the previewed one.
    private static func key(_ cart: LocalCart) -> String {
        ([cart.customerID] + cart.lines.map { line in
            ([line.offerID, String(line.quantity)] + line.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
                .joined(separator: "|")
        }).joined(separator: "\n")
    }
}
