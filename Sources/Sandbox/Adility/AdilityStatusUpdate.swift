/// The body of `PUT /orders/{id}` inside its `order` wrapper: the document's only update
/// is `{"status": "cancelled"}`.
struct AdilityStatusUpdate: Decodable, Sendable {
    var status: String?
}
