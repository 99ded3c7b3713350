/// An error body: `{"error": {"message": "…"}}` or `<error><message>…</message></error>`.
struct AdilityErrorPayload: Decodable {
    var message: String?
}
