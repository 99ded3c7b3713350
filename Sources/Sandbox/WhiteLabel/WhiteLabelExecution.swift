/// The answer of `GET /api/orders/{id}/execute/status`.
struct WhiteLabelExecution: Encodable {
    var orderID: Int
    var status: String
    var message: String?

    enum CodingKeys: String, CodingKey {
        case orderID = "OrderId", status = "Status", message = "Message"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(orderID, forKey: .orderID)
        try container.encode(status, forKey: .status)
        try container.encode(message, forKey: .message)
    }
}
