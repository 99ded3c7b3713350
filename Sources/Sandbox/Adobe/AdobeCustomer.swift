import Foundation

/// A customer of the sandbox reseller, as `GET /v3/customers/{customerId}` sends it.
struct AdobeCustomer: Encodable, Sendable {
    struct CompanyProfile: Encodable, Sendable {
        var companyName: String
        var preferredLanguage: String
        var marketSegment: String

        enum CodingKeys: String, CodingKey { case companyName, preferredLanguage, marketSegment }
    }

    /// The customer's discount level, as `discounts[]` sends it.
    struct Discount: Encodable, Sendable {
        var offerType = "LICENSE"
        var level: String

        enum CodingKeys: String, CodingKey { case offerType, level }
    }

    var resellerId: String
    var customerId: String
    var companyProfile: CompanyProfile
    var status: String
    var creationDate: Date
    var discounts = [Discount(level: "01")]
    /// Where the customer's licences may be deployed; not part of the customer resource,
    /// served by `GET /v3/customers/{customerId}/deployments`.
    var deployments: [AdobeDeployment] = []

    enum CodingKeys: String, CodingKey { case resellerId, customerId, companyProfile, status, creationDate, discounts }

    /// The level of offers the customer may buy: a better (higher) level is refused in a
    /// NEW order, and a PREVIEW answers this level's offer instead.
    var licenseLevel: String {
        discounts.first { $0.offerType == "LICENSE" }?.level ?? "01"
    }

    /// The start of the customer's current term: the latest anniversary of its creation
    /// that is not after `now`. The order history starts here unless asked otherwise.
    func termStart(now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let years = calendar.dateComponents([.year], from: creationDate, to: now).year ?? 0
        return calendar.date(byAdding: .year, value: max(0, years), to: creationDate) ?? creationDate
    }
}
