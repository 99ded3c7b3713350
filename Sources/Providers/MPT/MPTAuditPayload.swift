import Foundation

/// The audit dictionary: when (and by whom) the order was created, updated, … Times that
/// are not dates (the document's examples leave them blank) read as unknown.
struct MPTAuditPayload: Decodable {
    struct Event: Decodable {
        var at: Date?

        enum CodingKeys: String, CodingKey { case at }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            at = try container.decodeIfPresent(String.self, forKey: .at).flatMap(FlexibleDate.parse)
        }
    }

    var created: Event?
    var updated: Event?

    enum CodingKeys: String, CodingKey { case created, updated }
}
