/// What a buyer (or, for `query` and `fail`, the vendor) sends: the create and update bodies
/// of an order and the bodies of the status transitions. Every field is optional here; the
/// book says which are required where, in the API's problem shape.
struct MPTOrderBody: Decodable, Sendable {
    struct Line: Decodable, Sendable {
        var id: String?
        var item: MPTReference?
        var quantity: Int?
        var oldQuantity: Int?
        var subscription: MPTReference?

        enum CodingKeys: String, CodingKey { case id, item, quantity, oldQuantity, subscription }
    }

    struct Parameter: Decodable, Sendable {
        var id: String
        var value: String?
        var error: MPTMessage?

        enum CodingKeys: String, CodingKey { case id, value, error }
    }

    struct Parameters: Decodable, Sendable {
        var ordering: [Parameter]?

        enum CodingKeys: String, CodingKey { case ordering }
    }

    var type: String?
    var status: String?
    var licensee: MPTReference?
    var agreement: MPTReference?
    var lines: [Line]?
    var parameters: Parameters?
    var externalIds: MPTExternalIDs?
    var notes: String?
    var statusNotes: MPTMessage?

    enum CodingKeys: String, CodingKey {
        case type, status, licensee, agreement, lines, parameters, externalIds, notes, statusNotes
    }

    static let empty = MPTOrderBody()
}
