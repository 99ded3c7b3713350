/// An order parameter: its definition (name, external id, constraints), the buyer's or
/// vendor's value, and the error the vendor attached to it, if any.
struct MPTParameter: Encodable, Sendable, Equatable {
    struct Constraints: Encodable, Sendable, Equatable {
        var readonly: Bool
        var hidden: Bool
        var required: Bool

        enum CodingKeys: String, CodingKey { case readonly, hidden, required }
    }

    var id: String
    var name: String
    var externalId: String
    var value: String
    var constraints: Constraints?
    var error: MPTMessage?

    enum CodingKeys: String, CodingKey { case id, name, externalId, value, constraints, error }

    var isMissing: Bool {
        (constraints?.required ?? false) && value.trimmingCharacters(in: .whitespaces).isEmpty
    }
}
