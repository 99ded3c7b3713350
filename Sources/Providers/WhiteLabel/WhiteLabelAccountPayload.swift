/// An account an order can be placed for (`GET /api/accounts`).
struct WhiteLabelAccountPayload: Decodable {
    var id: Int
    var name: String

    enum CodingKeys: String, CodingKey { case id = "Id", name = "Name" }
}
