/// An account an order can be placed for (`GET /api/accounts`), read by `WhiteLabelReader`.
struct WhiteLabelAccountPayload {
    var id: String
    var name: String
}
