/// An error body: `{"Message"}` from the API, `{"error_description"}` from the token endpoint.
struct WhiteLabelErrorPayload: Decodable {
    var message: String?
    var errorDescription: String?

    enum CodingKeys: String, CodingKey { case message = "Message", errorDescription = "error_description" }
}
