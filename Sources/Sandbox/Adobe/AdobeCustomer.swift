import Foundation

/// A customer of the sandbox reseller, as `GET /v3/customers/{customerId}` sends it.
struct AdobeCustomer: Encodable, Sendable {
    struct CompanyProfile: Encodable, Sendable {
        var companyName: String
        var preferredLanguage: String
        var marketSegment: String

        enum CodingKeys: String, CodingKey { case companyName, preferredLanguage, marketSegment }
    }

    var resellerId: String
    var customerId: String
    var companyProfile: CompanyProfile
    var status: String
    var creationDate: Date
    /// Where the customer's licences may be deployed; not part of the customer resource,
    /// served by `GET /v3/customers/{customerId}/deployments`.
    var deployments: [AdobeDeployment] = []

    enum CodingKeys: String, CodingKey { case resellerId, customerId, companyProfile, status, creationDate }
}
