import OrderKit
/// The body ordercon sends to create or change an order; absent fields are left out, so a
/// PUT changes only what it names.
///
/// A Purchase names the agreement it starts by its licensee and product, beside the
/// authorization it is sold under, as SoftwareOne's own client creates one; a Change or
/// Termination names an existing agreement by id, with lines naming the subscription and
/// item, `quantity` against `oldQuantity` (0 to terminate).
struct MPTOrderRequest: Encodable {
    struct Agreement: Encodable {
        var id: String?
        var licensee: MPTReferencePayload?
        var product: MPTReferencePayload?
        enum CodingKeys: String, CodingKey { case id, licensee, product }
    }

    struct Line: Encodable {
        var id: String?
        var item: MPTReferencePayload?
        var quantity: Int
        var oldQuantity: Int?
        var subscription: MPTReferencePayload?
        enum CodingKeys: String, CodingKey { case id, item, quantity, oldQuantity, subscription }
    }

    /// A parameter value as sent: text, the ticked options of a Checkbox as a list of
    /// strings, as the reference's Checkbox value is, or an Address or Contact object.
    struct Parameter: Encodable {
        var id: String
        var value: JSONValue
        enum CodingKeys: String, CodingKey { case id, value }

        init(id: String, value: String) {
            self.id = id
            self.value = .string(value)
        }

        /// An object value (an Address or Contact), sent as the object the reference shows.
        init(id: String, value: JSONValue) {
            self.id = id
            self.value = value
        }

        init(_ field: CustomField) {
            id = field.key
            value = field.kind == .selections ? .array(CustomField.selections(in: field.value).map(JSONValue.string))
                : .string(field.value)
        }
    }

    struct Parameters: Encodable {
        var ordering: [Parameter]
        enum CodingKeys: String, CodingKey { case ordering }
    }

    var type: String?
    var agreement: Agreement?
    var authorization: MPTReferencePayload?
    var lines: [Line]?
    var parameters: Parameters?
    var externalIds: MPTExternalIDsPayload?
    var notes: String?

    enum CodingKeys: String, CodingKey {
        case type, agreement, authorization, lines, parameters, externalIds, notes
    }
}
