/// The answer of `GET /api/orders/{id}/execute/status`, read by `WhiteLabelReader`.
struct WhiteLabelExecutionPayload {
    var orderID: String
    /// Empty when the answer has none.
    var status: String
    var message: String?
}
