/// Where an account's consumers are: `GET /offers` lists the offers within `radiusMiles`
/// of the point, so a city's distributor sees its own merchants in the catalog picker.
public struct AdilityArea: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double
    public var radiusMiles: Double

    public init(latitude: Double, longitude: Double, radiusMiles: Double) {
        self.latitude = latitude
        self.longitude = longitude
        self.radiusMiles = radiusMiles
    }

    /// The `location` and `radius` query parameters.
    var query: [(String, String)] {
        [("location", "\(latitude),\(longitude)"), ("radius", "\(radiusMiles)")]
    }
}
