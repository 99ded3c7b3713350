/// An order as the Marketplace API sends it. Only `id` and `status` are required; the
/// document's own example spells `externalIDs`, its field table `externalIds`, so both read.
struct MPTOrderPayload: Decodable {
    struct Parameters: Decodable {
        var ordering: [MPTParameterPayload]?
        var fulfillment: [MPTParameterPayload]?

        enum CodingKeys: String, CodingKey { case ordering, fulfillment }
    }

    var id: String
    var type: String?
    var status: String
    var statusNotes: MPTMessagePayload?
    var error: MPTMessagePayload?
    var agreement: MPTReferencePayload?
    var licensee: MPTReferencePayload?
    var lines: [MPTLinePayload]
    var parameters: Parameters?
    var price: MPTPricePayload?
    var externalIds: MPTExternalIDsPayload?
    var notes: String?
    var template: MPTReferencePayload?
    var audit: MPTAuditPayload?

    enum CodingKeys: String, CodingKey {
        case id, type, status, statusNotes, error, agreement, licensee, lines, parameters, price, notes, template, audit
        case externalIds, externalIDs
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        status = try container.decode(String.self, forKey: .status)
        statusNotes = try container.decodeIfPresent(MPTMessagePayload.self, forKey: .statusNotes)
        error = try container.decodeIfPresent(MPTMessagePayload.self, forKey: .error)
        // A Purchase's agreement carries its licensee and product before it has an id.
        agreement = try? container.decodeIfPresent(MPTReferencePayload.self, forKey: .agreement)
        licensee = try container.decodeIfPresent(MPTReferencePayload.self, forKey: .licensee)
        lines = try container.decodeIfPresent([MPTLinePayload].self, forKey: .lines) ?? []
        parameters = try container.decodeIfPresent(Parameters.self, forKey: .parameters)
        price = try container.decodeIfPresent(MPTPricePayload.self, forKey: .price)
        externalIds = try container.decodeIfPresent(MPTExternalIDsPayload.self, forKey: .externalIds)
            ?? container.decodeIfPresent(MPTExternalIDsPayload.self, forKey: .externalIDs)
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
        template = try container.decodeIfPresent(MPTReferencePayload.self, forKey: .template)
        audit = try container.decodeIfPresent(MPTAuditPayload.self, forKey: .audit)
    }
}
