/// A HATEOAS link as Adobe sends it: `{"uri", "method", "headers"}`.
struct AdobeLinkPayload: Codable {
    var uri: String
    var method: String?

    enum CodingKeys: String, CodingKey { case uri, method }
}
