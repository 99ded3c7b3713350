/// The answer of `GET /api/orders/{id}/execute/status`.
struct WhiteLabelExecutionPayload: Decodable {
    var orderID: Int
    var status: String
    var message: String?

    enum CodingKeys: String, CodingKey { case orderID = "OrderId", status = "Status", message = "Message" }
}
