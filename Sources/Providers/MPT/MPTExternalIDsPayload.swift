/// External ids of an order; `client` is ordercon's own reference for finding an order
/// whose creation got no answer.
struct MPTExternalIDsPayload: Codable {
    var client: String?
    var operations: String?

    enum CodingKeys: String, CodingKey { case client, operations }
}
