/// A customer (`GET /v3/customers/{customerId}`); ordercon needs the company name only.
struct AdobeCustomerPayload: Decodable {
    struct CompanyProfile: Decodable {
        var companyName: String
        enum CodingKeys: String, CodingKey { case companyName }
    }

    var customerId: String
    var companyProfile: CompanyProfile

    enum CodingKeys: String, CodingKey { case customerId, companyProfile }
}
