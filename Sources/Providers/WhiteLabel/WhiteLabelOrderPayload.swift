import Foundation

/// An order as the whitelabel API sends it. Keys are PascalCase as the platform sends
/// them; only what ordercon uses is required.
struct WhiteLabelOrderPayload: Decodable {
    var id: Int
    var accountID: Int
    var accountName: String?
    var status: String
    var orderDate: Date
    var expirationDate: Date?
    var currency: String?
    var total: Decimal?

    enum CodingKeys: String, CodingKey {
        case id = "Id", accountID = "AccountId", accountName = "AccountName", status = "Status"
        case orderDate = "OrderDate", expirationDate = "ExpirationDate", currency = "Currency", total = "Total"
    }
}
