import Foundation

/// The `location` + `radius` parameters of `GET /offers`: a point (`"lat,long"`) and a
/// distance in miles around it.
struct AdilitySearchArea: Sendable {
    var latitude: Double
    var longitude: Double
    var radiusMiles: Double

    private static let earthRadiusMiles = 3958.8

    /// Both parameters or neither: a radius around nothing, or a point without a radius,
    /// is refused rather than guessed.
    static func parse(location: String?, radius: String?) throws -> AdilitySearchArea? {
        switch (location, radius) {
        case (nil, nil):
            return nil
        case (let location?, let radius?):
            let parts = location.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let latitude = parts[0], let longitude = parts[1],
                  (-90...90).contains(latitude), (-180...180).contains(longitude) else {
                throw SandboxRefusal.badRequest("location must be \"latitude,longitude\" in degrees, e.g. 37.7749,-122.4194.")
            }
            guard let miles = Double(radius), miles > 0 else {
                throw SandboxRefusal.badRequest("radius must be a positive number of miles.")
            }
            return AdilitySearchArea(latitude: latitude, longitude: longitude, radiusMiles: miles)
        default:
            throw SandboxRefusal.badRequest("Send location and radius together, or neither to list every offer.")
        }
    }

    /// Great-circle distance (haversine), close enough for a city-sized radius.
    func contains(latitude otherLatitude: Double, longitude otherLongitude: Double) -> Bool {
        let toRadians = Double.pi / 180
        let deltaLatitude = (otherLatitude - latitude) * toRadians
        let deltaLongitude = (otherLongitude - longitude) * toRadians
        let a = sin(deltaLatitude / 2) * sin(deltaLatitude / 2)
            + cos(latitude * toRadians) * cos(otherLatitude * toRadians) * sin(deltaLongitude / 2) * sin(deltaLongitude / 2)
        let distance = 2 * Self.earthRadiusMiles * atan2(sqrt(a), sqrt(1 - a))
        return distance <= radiusMiles
    }
}
