/// One page of `GET /orders`.
struct AppxiteOrderPagePayload: Decodable {
    var orders: [AppxiteOrderPayload]
    var totalCount: Int

    enum CodingKeys: String, CodingKey { case orders = "Items", totalCount = "TotalCount" }
}
