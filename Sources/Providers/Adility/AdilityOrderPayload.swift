/// An order as the Adility API sends it (the seed's Order resource), inside its `order`
/// root. Dates stay text: the document's own example sends empty strings, and
/// `AdilityMapping` reads what it can.
struct AdilityOrderPayload: Decodable, AdilityListElement {
    static let elementName = "order"

    var id: String
    var orderNumber: String
    var status: String
    var items: AdilityList<AdilityOrderItemPayload>?
    var vouchers: AdilityList<AdilityVoucherPayload>?
    var accountID: String?
    var customerName: String?
    var purchasedAt: String?

    enum CodingKeys: String, CodingKey {
        case id, status, items, vouchers
        case orderNumber = "order_number", accountID = "account_id", customerName = "customer_name"
        case purchasedAt = "purchased_at"
    }
}
