/// One page of `GET /v3/customers/{customerId}/deployments`:
/// `{totalCount, count, offset, limit, items}`, 25 deployments unless `limit` (1–100) says.
struct AdobeDeploymentPage: Encodable {
    /// The page a query asks for.
    struct Window {
        var limit = 25
        var offset = 0

        init(_ query: [(String, String)]) throws(AdobeRefusal) {
            var violations: [AdobeRefusal.Violation] = []
            if let text = query.last(where: { $0.0 == "limit" })?.1 {
                if let value = Int(text), (1...100).contains(value) { limit = value } else {
                    violations.append(.init(field: "limit", reason: "limit must be a whole number from 1 to 100"))
                }
            }
            if let text = query.last(where: { $0.0 == "offset" })?.1 {
                if let value = Int(text), value >= 0 { offset = value } else {
                    violations.append(.init(field: "offset", reason: "offset must be a whole number of at least 0"))
                }
            }
            if !violations.isEmpty { throw .invalidFields(violations) }
        }
    }

    var totalCount: Int
    var count: Int
    var offset: Int
    var limit: Int
    var items: [AdobeDeployment]

    enum CodingKeys: String, CodingKey { case totalCount, count, offset, limit, items }

    init(all: [AdobeDeployment], window: Window) {
        totalCount = all.count
        items = Array(all.dropFirst(window.offset).prefix(window.limit))
        count = items.count
        offset = window.offset
        limit = window.limit
    }
}
