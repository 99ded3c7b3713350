import OrderKit

/// What one page of `GET /v3/customers/{customerId}/orders` gave: its orders, its entries
/// that are no order ordercon can show, and what the envelope says about the rest.
struct AdobeHistoryRead {
    var orders: [Order]
    var unreadable: [UnreadableOrder]
    /// How many elements the page held, readable or not (the next offset moves by this).
    var count: Int
    /// The envelope's `totalCount` and `limit`, when readable: how many pages there are.
    var totalCount: Int?
    var limit: Int?
    /// The `links.next.uri`, present while there is a next page.
    var next: String?
}
