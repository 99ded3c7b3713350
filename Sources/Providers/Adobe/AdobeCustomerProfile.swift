import Foundation
import OrderKit

/// What ordercon reads of the customer (`GET /v3/customers/{customerId}`): the company name
/// the lists show, the market segment the price list is asked for, and the creation date the
/// order history starts at (the history hides everything before the current term otherwise).
///
/// Read field by field: a customer answer without a readable name still gives the segment
/// and the date, and each missing one falls back on its own.
struct AdobeCustomerProfile: Sendable, Equatable {
    var companyName: String?
    /// COM, EDU or GOV, as `companyProfile.marketSegment` says.
    var marketSegment: String?
    var creationDate: Date?

    /// The profile in a customer answer; throws only when the answer is not a JSON object.
    static func read(_ body: Data) throws -> AdobeCustomerProfile {
        guard let value = JSONValue.parse(body), var object = TolerantObject(value, matching: .exact) else {
            throw OrderError.malformedResponse(detail: "customer: not a JSON object")
        }
        let company = object.nested("companyProfile") { profile in
            (name: profile.string("companyName"), segment: profile.string("marketSegment"))
        }
        return AdobeCustomerProfile(companyName: company?.name.flatMap { $0.isEmpty ? nil : $0 },
                                    marketSegment: company?.segment.flatMap { $0.isEmpty ? nil : $0 },
                                    creationDate: object.date("creationDate"))
    }

    /// The history's `start-date`: the day the customer was created (UTC), so that every
    /// order of the customer is listed.
    var historyStartDate: String? {
        creationDate.map { $0.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day()) }
    }
}
