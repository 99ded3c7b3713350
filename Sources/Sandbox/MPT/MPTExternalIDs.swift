/// External ids of an order: `client` is the buyer's own reference (ordercon always sets
/// it, so that an order whose creation got no answer can be found again).
struct MPTExternalIDs: Codable, Sendable, Equatable {
    var client: String?
    var operations: String?

    enum CodingKeys: String, CodingKey { case client, operations }
}
