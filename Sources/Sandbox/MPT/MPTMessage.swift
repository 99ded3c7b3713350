/// The document's Message Object, used for `statusNotes`, `error` and a parameter's `error`.
struct MPTMessage: Codable, Sendable, Equatable {
    var id: String
    var message: String

    enum CodingKeys: String, CodingKey { case id, message }
}
