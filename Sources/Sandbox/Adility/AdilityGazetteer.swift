import Foundation

/// The places the sandbox can find by postal code or by city and state: the cities its
/// seeded offers are in. A real account geocodes any place; here a place it does not know
/// finds no offers, as a place with no merchants nearby would.
enum AdilityGazetteer {
    struct Place {
        var postalCode: String
        var city: String
        var stateCode: String
        var latitude: Double
        var longitude: Double
    }

    static let places = [
        Place(postalCode: "94103", city: "San Francisco", stateCode: "CA", latitude: 37.7749, longitude: -122.4194),
        Place(postalCode: "94612", city: "Oakland", stateCode: "CA", latitude: 37.8044, longitude: -122.2712),
        Place(postalCode: "90012", city: "Los Angeles", stateCode: "CA", latitude: 34.0522, longitude: -118.2437),
        Place(postalCode: "10036", city: "New York", stateCode: "NY", latitude: 40.7128, longitude: -74.0060),
    ]

    static func place(postalCode: String) -> Place? {
        let code = postalCode.trimmingCharacters(in: .whitespaces).uppercased()
        return places.first { $0.postalCode == code }
    }

    static func place(city: String, stateCode: String) -> Place? {
        places.first { $0.city.lowercased() == city.trimmingCharacters(in: .whitespaces).lowercased()
            && $0.stateCode == stateCode.trimmingCharacters(in: .whitespaces).uppercased() }
    }
}
