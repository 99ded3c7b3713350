import Foundation

/// The audit dictionary: each event that happened to the order (`created`, `updated`, and
/// whatever else the API records, such as the statuses it reached) with its last time and
/// actor. Times that are not dates (the document's examples leave them blank) read as unknown.
struct MPTAuditPayload: Decodable {
    struct Event: Decodable {
        /// Who acted; the document's examples send an empty object.
        struct Actor: Decodable {
            var id: String?
            var name: String?

            enum CodingKeys: String, CodingKey { case id, name }
        }

        var at: Date?
        var by: Actor?

        enum CodingKeys: String, CodingKey { case at, by }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            at = try container.decodeIfPresent(String.self, forKey: .at).flatMap(FlexibleDate.parse)
            by = try container.decodeIfPresent(Actor.self, forKey: .by)
        }
    }

    var events: [String: Event]

    var created: Event? { events["created"] }
    var updated: Event? { events["updated"] }

    init(from decoder: any Decoder) throws {
        events = try decoder.singleValueContainer().decode([String: Event].self)
    }
}
