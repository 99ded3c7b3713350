import Foundation

/// A customer of the sandbox reseller, as `GET /v3/customers/{customerId}` sends it
/// (`customer-account/get-customer-account.md`): profile with address and contacts,
/// discount levels, and the dates its terms turn on.
struct AdobeCustomer: Encodable, Sendable {
    struct Address: Encodable, Sendable {
        var country: String
        var region: String
        var city: String
        var addressLine1: String
        var addressLine2 = ""
        var postalCode: String
        var phoneNumber: String

        enum CodingKeys: String, CodingKey {
            case country, region, city, addressLine1, addressLine2, postalCode, phoneNumber
        }
    }

    struct Contact: Encodable, Sendable {
        var firstName: String
        var lastName: String
        var email: String
        var phoneNumber: String

        enum CodingKeys: String, CodingKey { case firstName, lastName, email, phoneNumber }
    }

    struct CompanyProfile: Encodable, Sendable {
        var companyName: String
        var preferredLanguage: String
        var marketSegment: String
        var address: Address
        var contacts: [Contact]

        enum CodingKeys: String, CodingKey { case companyName, preferredLanguage, marketSegment, address, contacts }
    }

    /// The customer's discount level, as `discounts[]` sends it.
    struct Discount: Encodable, Sendable {
        var offerType = "LICENSE"
        var level: String

        enum CodingKeys: String, CodingKey { case offerType, level }
    }

    var externalReferenceId = ""
    var resellerId: String
    var customerId: String
    var globalSalesEnabled = false
    var companyProfile: CompanyProfile
    var status: String
    var creationDate: Date
    var discounts = [Discount(level: "01")]
    /// The day the customer's subscriptions renew (its next anniversary), as of the read;
    /// the book fills it in, since it moves with the clock.
    var cotermDate = ""
    /// Where the customer's licences may be deployed; not part of the customer resource,
    /// served by `GET /v3/customers/{customerId}/deployments`.
    var deployments: [AdobeDeployment] = []

    enum CodingKeys: String, CodingKey {
        case externalReferenceId, resellerId, customerId, globalSalesEnabled, companyProfile, status, creationDate
        case discounts, cotermDate, links
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(externalReferenceId, forKey: .externalReferenceId)
        try container.encode(resellerId, forKey: .resellerId)
        try container.encode(customerId, forKey: .customerId)
        try container.encode(globalSalesEnabled, forKey: .globalSalesEnabled)
        try container.encode(companyProfile, forKey: .companyProfile)
        try container.encode(status, forKey: .status)
        try container.encode(creationDate, forKey: .creationDate)
        try container.encode(discounts, forKey: .discounts)
        try container.encode(cotermDate, forKey: .cotermDate)
        try container.encode(AdobeOrder.Wire.Links(selfLink: .init(uri: "/v3/customers/\(customerId)", method: "GET",
                                                                    headers: [])), forKey: .links)
    }

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

    /// The next anniversary after `now`, as a day: the `cotermDate`, and the `renewalDate`
    /// of the customer's subscriptions.
    func anniversary(after now: Date) -> String {
        nextAnniversary(after: now).formatted(Date.ISO8601FormatStyle().year().month().day())
    }

    /// The days a purchase made at `now` is invoiced for: up to the next anniversary, at
    /// least one.
    func daysToAnniversary(from now: Date) -> Int {
        max(1, Int((nextAnniversary(after: now).timeIntervalSince(now) / (24 * 3600)).rounded(.up)))
    }

    private func nextAnniversary(after now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(byAdding: .year, value: 1, to: termStart(now: now)) ?? now
    }
}
