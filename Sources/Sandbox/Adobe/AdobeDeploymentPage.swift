/// The answer of `GET /v3/customers/{customerId}/deployments`: `{totalCount, items}`.
struct AdobeDeploymentPage: Encodable {
    var totalCount: Int
    var items: [AdobeDeployment]

    enum CodingKeys: String, CodingKey { case totalCount, items }

    init(items: [AdobeDeployment]) {
        totalCount = items.count
        self.items = items
    }
}
