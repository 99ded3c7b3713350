/// Where an account's consumers are: `GET /offers` requires one location and a `radius`
/// around it (distribution-api, search parameters), so a city's distributor sees its own
/// merchants in the catalog picker.
public struct AdilityArea: Sendable, Hashable {
    /// The reference's three ways to name a location.
    public enum Location: Sendable, Hashable {
        /// `lat` + `lng`, in degrees.
        case point(latitude: Double, longitude: Double)
        /// `postal_code`, with `country_code` where the account gives one.
        case postalCode(String, countryCode: String?)
        /// `city` + `state_code`.
        case city(String, stateCode: String)
    }

    public var location: Location
    public var radius: Double

    public init(location: Location, radius: Double) {
        self.location = location
        self.radius = radius
    }

    /// The query parameters, named as the reference names them.
    var query: [(String, String)] {
        let place: [(String, String)] = switch location {
        case .point(let latitude, let longitude): [("lat", Self.number(latitude)), ("lng", Self.number(longitude))]
        case .postalCode(let code, let country): [("postal_code", code)] + (country.map { [("country_code", $0)] } ?? [])
        case .city(let city, let state): [("city", city), ("state_code", state)]
        }
        return place + [("radius", Self.number(radius))]
    }

    /// `25`, not `25.0`: a whole number is sent as one.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
