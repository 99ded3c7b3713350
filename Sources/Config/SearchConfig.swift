import Foundation

/// An Adility account's `[accounts.search]`: where its consumers are, which the offer
/// search (`GET /offers`) requires. The reference takes one location, as `lat` + `lng`, a
/// `postal_code` (with an optional `country_code`), or a `city` + `state_code`, and a
/// `radius` around it, in the reference's unit (miles in its examples).
///
/// ```toml
/// [accounts.search]
/// postal_code = "94103"
/// radius = 25
/// ```
public struct SearchConfig: Sendable, Equatable {
    public enum Location: Sendable, Equatable {
        case point(latitude: Double, longitude: Double)
        case postalCode(String, countryCode: String?)
        case city(String, stateCode: String)
    }

    public var location: Location
    public var radius: Double

    public init(location: Location, radius: Double) {
        self.location = location
        self.radius = radius
    }

    static let keys = ["lat", "lng", "postal_code", "country_code", "city", "state_code", "radius"]
}
