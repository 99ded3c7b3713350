/// The Message Object of `statusNotes`, `error` and a parameter's `error`.
struct MPTMessagePayload: Decodable {
    var id: String?
    var message: String

    enum CodingKeys: String, CodingKey { case id, message }
}
