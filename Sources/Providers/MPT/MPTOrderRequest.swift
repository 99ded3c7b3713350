/// The body ordercon sends to create or change an order; absent fields are left out, so a
/// PUT changes only what it names.
struct MPTOrderRequest: Encodable {
    struct Line: Encodable {
        var id: String?
        var item: MPTReferencePayload?
        var quantity: Int
        var oldQuantity: Int?
        var subscription: MPTReferencePayload?
        enum CodingKeys: String, CodingKey { case id, item, quantity, oldQuantity, subscription }
    }

    struct Parameter: Encodable {
        var id: String
        var value: String
        enum CodingKeys: String, CodingKey { case id, value }
    }

    struct Parameters: Encodable {
        var ordering: [Parameter]
        enum CodingKeys: String, CodingKey { case ordering }
    }

    var type: String?
    var licensee: MPTReferencePayload?
    var agreement: MPTReferencePayload?
    var lines: [Line]?
    var parameters: Parameters?
    var externalIds: MPTExternalIDsPayload?
    var notes: String?

    enum CodingKeys: String, CodingKey {
        case type, licensee, agreement, lines, parameters, externalIds, notes
    }
}
