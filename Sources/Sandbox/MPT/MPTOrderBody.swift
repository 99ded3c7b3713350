import Foundation

/// What a buyer (or, for `query` and `fail`, the vendor) sends: the create and update bodies
/// of an order and the bodies of the status transitions. Every field is optional here; the
/// book says which are required where, in the API's problem shape.
///
/// A Purchase names the agreement it starts as the official client writes it,
/// `agreement{licensee, product}` beside `authorization`; a Change or Termination names an
/// existing agreement by `agreement.id`. Fields the sandbox does not keep (a line's `terms`
/// and `price`, `certificates`) are read past.
struct MPTOrderBody: Decodable, Sendable {
    struct Agreement: Decodable, Sendable {
        var id: String?
        var licensee: MPTReference?
        var product: MPTReference?

        enum CodingKeys: String, CodingKey { case id, licensee, product }
    }

    struct Line: Decodable, Sendable {
        var id: String?
        var item: MPTReference?
        var quantity: Int?
        var oldQuantity: Int?
        var subscription: MPTReference?

        enum CodingKeys: String, CodingKey { case id, item, quantity, oldQuantity, subscription }
    }

    /// A parameter value as sent: text, or an object or list (`structuredValue`), as the
    /// reference's untyped `value` allows; `null` and a missing value leave it as it is.
    struct Parameter: Decodable, Sendable {
        var id: String
        var value: String?
        var structuredValue: MPTStructuredValue?
        var error: MPTMessage?

        enum CodingKeys: String, CodingKey { case id, value, error }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            error = try container.decodeIfPresent(MPTMessage.self, forKey: .error)
            if let text = try? container.decodeIfPresent(String.self, forKey: .value) {
                value = text
            } else if let flag = try? container.decodeIfPresent(Bool.self, forKey: .value) {
                value = String(flag)
            } else if let number = try? container.decodeIfPresent(Decimal.self, forKey: .value) {
                value = "\(number)"
            } else {
                structuredValue = try container.decodeIfPresent(MPTStructuredValue.self, forKey: .value)
            }
        }
    }

    struct Parameters: Decodable, Sendable {
        var ordering: [Parameter]?

        enum CodingKeys: String, CodingKey { case ordering }
    }

    var type: String?
    var status: String?
    var licensee: MPTReference?
    var agreement: Agreement?
    var product: MPTReference?
    var authorization: MPTReference?
    var lines: [Line]?
    var parameters: Parameters?
    var externalIds: MPTExternalIDs?
    var notes: String?
    var statusNotes: MPTMessage?

    enum CodingKeys: String, CodingKey {
        case type, status, licensee, agreement, product, authorization, lines, parameters, externalIds, notes
        case statusNotes
    }

    static let empty = MPTOrderBody()
}
