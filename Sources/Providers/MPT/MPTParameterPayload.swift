/// An order parameter with its constraints and the error the vendor attached to it.
struct MPTParameterPayload: Decodable {
    struct Constraints: Decodable {
        var readonly: Bool?
        var hidden: Bool?
        var required: Bool?

        enum CodingKeys: String, CodingKey { case readonly, hidden, required }
    }

    var id: String
    var name: String?
    var externalId: String?
    var value: String?
    var constraints: Constraints?
    var error: MPTMessagePayload?

    enum CodingKeys: String, CodingKey { case id, name, externalId, value, constraints, error }
}
