/// One entry of a problem's `errors` array: which parameter is wrong, and why.
struct MPTParameterError: Encodable, Sendable, Equatable {
    var id: String
    var externalId: String
    var message: String

    enum CodingKeys: String, CodingKey { case id, externalId, message }
}
