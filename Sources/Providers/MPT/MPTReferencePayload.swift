/// A reference to another object (`agreement`, `licensee`, `item`, `subscription`,
/// `template`, …): only the id is certain.
struct MPTReferencePayload: Codable {
    var id: String
    var name: String?

    enum CodingKeys: String, CodingKey { case id, name }
}
