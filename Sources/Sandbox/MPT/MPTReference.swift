/// A reference to another object (`agreement`, `licensee`, `item`, `subscription`): its id
/// and, where the API names it, its name.
struct MPTReference: Codable, Sendable, Equatable {
    var id: String
    var name: String?

    enum CodingKeys: String, CodingKey { case id, name }
}
