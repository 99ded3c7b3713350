import Foundation

/// The answer of the `create_quote` operation, read by `AppxiteReader`: the currency, the
/// total and a line per item; an amount that cannot be read stays unknown.
struct AppxiteQuotePayload {
    var currency: String?
    var total: Decimal?
    var lines: [Line]

    struct Line {
        var offerID: String
        var offerName: String?
        var quantity: Int
        var unitPrice: Decimal?
        var total: Decimal?
    }
}
