/// One page of `GET /orders` (beyond the document: the console's Status pane needs a list).
struct AppxiteOrderPage: Encodable {
    var orders: [AppxiteOrder.Wire]
    var page: Int
    var pageSize: Int
    var totalCount: Int

    enum CodingKeys: String, CodingKey {
        case orders = "Items", page = "Page", pageSize = "PageSize", totalCount = "TotalCount"
    }
}
