/// The customer's deployments (`GET /v3/customers/{customerId}/deployments`): the ids a
/// line's `deploymentId` may name, with the country each is in.
struct AdobeDeploymentPagePayload: Decodable {
    struct Deployment: Decodable {
        struct CompanyProfile: Decodable {
            struct Address: Decodable {
                var country: String?
                enum CodingKeys: String, CodingKey { case country }
            }

            var address: Address?
            enum CodingKeys: String, CodingKey { case address }
        }

        var deploymentId: String
        var companyProfile: CompanyProfile?
        var status: String?

        enum CodingKeys: String, CodingKey { case deploymentId, companyProfile, status }
    }

    /// How many deployments there are over every page, when Adobe says.
    var totalCount: Int?
    var items: [Deployment]

    enum CodingKeys: String, CodingKey { case totalCount, items }
}
