/// One page of `GET /v3/customers/{customerId}/deployments`:
/// `{totalCount, count, offset, limit, items}`, 25 deployments unless `limit` (1–100) says.
struct AdobeDeploymentPage: Encodable {
    static let defaultLimit = 25

    var totalCount: Int
    var count: Int
    var offset: Int
    var limit: Int
    var items: [AdobeDeployment]

    enum CodingKeys: String, CodingKey { case totalCount, count, offset, limit, items }

    init(all: [AdobeDeployment], window: AdobePageWindow) {
        totalCount = all.count
        items = Array(all.dropFirst(window.offset).prefix(window.limit))
        count = items.count
        offset = window.offset
        limit = window.limit
    }
}
