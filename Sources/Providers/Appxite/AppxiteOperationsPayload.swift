/// The part of an order's payload that says what may be done to it now: read back from
/// `Order.rawPayload`, so that the operations menu follows the order's own `Operations`
/// list without another request.
struct AppxiteOperationsPayload: Decodable {
    var status: String
    var operations: [String]

    enum CodingKeys: String, CodingKey { case status = "Status", operations = "Operations" }
}
