/// The `$meta` an object carries when the API left fields out of it.
struct MPTMeta: Encodable, Sendable {
    var omitted: [String]

    enum CodingKeys: String, CodingKey { case omitted }
}
