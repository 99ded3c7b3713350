/// An error body: the gateway sends `{"statusCode", "message"}`, the API `{"code", "message"}`.
struct AppxiteErrorPayload: Decodable {
    var message: String?
}
