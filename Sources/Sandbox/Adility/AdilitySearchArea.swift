import Foundation

/// The location and `radius` of `GET /offers`, both required as the reference says: a
/// location is `lat` + `lng`, or `postal_code` (with an optional `country_code`), or `city`
/// + `state_code`; the radius is in miles. A postal code or city the sandbox does not know
/// (`AdilityGazetteer`) is a place with no offers near it.
struct AdilitySearchArea: Sendable {
    /// Nil for a place the sandbox cannot find.
    var center: (latitude: Double, longitude: Double)?
    var radiusMiles: Double

    private static let earthRadiusMiles = 3958.8
    private static let forms = "lat and lng, postal_code, or city and state_code"

    /// Reads the query; a missing or half location, two locations, or a missing radius are
    /// refused with what to send.
    static func parse(_ query: (String) -> String?) throws -> AdilitySearchArea {
        let point = (query("lat"), query("lng"))
        let postalCode = query("postal_code")
        let city = (query("city"), query("state_code"))
        let given = [point.0 != nil || point.1 != nil, postalCode != nil, city.0 != nil || city.1 != nil].filter { $0 }.count
        guard given == 1 else {
            throw SandboxRefusal.badRequest("Send one location (\(forms)) and a radius: location and radius are required.")
        }
        guard let radiusText = query("radius") else {
            throw SandboxRefusal.badRequest("radius is required: the distance in miles around the location.")
        }
        guard let miles = Double(radiusText), miles > 0 else {
            throw SandboxRefusal.badRequest("radius must be a positive number of miles.")
        }
        if let postalCode {
            return AdilitySearchArea(center: AdilityGazetteer.place(postalCode: postalCode).map { ($0.latitude, $0.longitude) },
                                     radiusMiles: miles)
        }
        if city.0 != nil || city.1 != nil {
            guard let name = city.0, let state = city.1 else {
                throw SandboxRefusal.badRequest("city and state_code go together.")
            }
            return AdilitySearchArea(center: AdilityGazetteer.place(city: name, stateCode: state).map { ($0.latitude, $0.longitude) },
                                     radiusMiles: miles)
        }
        guard let latitude = point.0.flatMap(Double.init), let longitude = point.1.flatMap(Double.init),
              (-90...90).contains(latitude), (-180...180).contains(longitude) else {
            throw SandboxRefusal.badRequest("lat and lng go together, in degrees: lat=37.7749&lng=-122.4194.")
        }
        return AdilitySearchArea(center: (latitude, longitude), radiusMiles: miles)
    }

    /// Great-circle distance (haversine), close enough for a city-sized radius.
    func contains(latitude otherLatitude: Double, longitude otherLongitude: Double) -> Bool {
        guard let (latitude, longitude) = center else { return false }
        let toRadians = Double.pi / 180
        let deltaLatitude = (otherLatitude - latitude) * toRadians
        let deltaLongitude = (otherLongitude - longitude) * toRadians
        let a = sin(deltaLatitude / 2) * sin(deltaLatitude / 2)
            + cos(latitude * toRadians) * cos(otherLatitude * toRadians) * sin(deltaLongitude / 2) * sin(deltaLongitude / 2)
        let distance = 2 * Self.earthRadiusMiles * atan2(sqrt(a), sqrt(1 - a))
        return distance <= radiusMiles
    }
}
