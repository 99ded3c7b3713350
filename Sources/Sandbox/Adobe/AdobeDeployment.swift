import Foundation

/// A deployment of a customer (a country its licences are deployed in), in the shape of
/// Adobe's deployment resource; a line's `deploymentId` names one.
struct AdobeDeployment: Encodable, Sendable {
    struct CompanyProfile: Encodable, Sendable {
        struct Address: Encodable, Sendable {
            var country: String
            enum CodingKeys: String, CodingKey { case country }
        }

        var address: Address
        enum CodingKeys: String, CodingKey { case address }
    }

    var deploymentId: String
    var companyProfile: CompanyProfile
    var status: String
    var creationDate: Date

    enum CodingKeys: String, CodingKey { case deploymentId, companyProfile, status, creationDate }

    init(deploymentId: String, country: String, status: String, creationDate: Date) {
        self.deploymentId = deploymentId
        companyProfile = CompanyProfile(address: .init(country: country))
        self.status = status
        self.creationDate = creationDate
    }
}
