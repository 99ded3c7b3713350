import Foundation

/// The whitelabel API's JSON, as decoded by the client. Keys are PascalCase as the
/// platform sends them; only what ordercon uses is required.
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

struct WhiteLabelItemPayload: Decodable {
    var id: Int
    var productID: String
    var productName: String?
    var quantity: Int
    var unitPrice: Decimal?
    var currency: String?
    var status: String?

    enum CodingKeys: String, CodingKey {
        case id = "Id", productID = "ProductId", productName = "ProductName", quantity = "Quantity"
        case unitPrice = "UnitPrice", currency = "Currency", status = "Status"
    }
}

struct WhiteLabelProductPayload: Decodable {
    var id: String
    var name: String
    var price: Decimal?
    var currency: String?
    var billingCycle: String?

    enum CodingKeys: String, CodingKey {
        case id = "Id", name = "Name", price = "Price", currency = "Currency", billingCycle = "BillingCycle"
    }
}

struct WhiteLabelAccountPayload: Decodable {
    var id: Int
    var name: String

    enum CodingKeys: String, CodingKey { case id = "Id", name = "Name" }
}

struct WhiteLabelFieldPayload: Codable {
    var name: String
    var value: String?
    var type: String?

    enum CodingKeys: String, CodingKey { case name = "Name", value = "Value", type = "Type" }
}

struct WhiteLabelExecutionPayload: Decodable {
    var orderID: Int
    var status: String
    var message: String?

    enum CodingKeys: String, CodingKey { case orderID = "OrderId", status = "Status", message = "Message" }
}

struct WhiteLabelErrorPayload: Decodable {
    var message: String?
    var errorDescription: String?

    enum CodingKeys: String, CodingKey { case message = "Message", errorDescription = "error_description" }
}

struct OAuthTokenPayload: Decodable {
    var accessToken: String

    enum CodingKeys: String, CodingKey { case accessToken = "access_token" }
}
