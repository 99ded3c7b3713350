import Foundation
import OrderKit
import Providers
import Sandbox
import Testing

/// `GET /offers` needs one location (`lat` + `lng`, `postal_code`, or `city` + `state_code`)
/// and a `radius` (distribution-api, search parameters): the client sends the account's
/// `[accounts.search]` as those parameters, and without one says which setting to add.
@Suite struct AdilitySearchTests {
    @Test(arguments: [
        (AdilityArea(location: .postalCode("94612", countryCode: nil), radius: 1), ["deal-oak-climb"]),
        (AdilityArea(location: .postalCode("94612", countryCode: "US"), radius: 20),
         ["coupon-sf-pastry", "deal-oak-climb", "deal-sf-dinner", "deal-sf-spa"]),
        (AdilityArea(location: .city("San Francisco", stateCode: "CA"), radius: 2),
         ["coupon-sf-pastry", "deal-sf-dinner", "deal-sf-spa"]),
        (AdilityArea(location: .point(latitude: 34.05, longitude: -118.24), radius: 5), ["gift-la-books"]),
        (AdilityArea(location: .postalCode("99999", countryCode: nil), radius: 50), []),
    ])
    func eachLocationFormFindsTheOffersAroundIt(area: AdilityArea, ids: [String]) async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        #expect(try await sandbox.client(area: area).offers().map(\.id).sorted() == ids)
        #expect(try await sandbox.client(.xml, area: area).offers().map(\.id).sorted() == ids)
    }

    @Test func withoutASearchSettingTheCatalogSaysWhatToAddAndOrdersAreStillRead() async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client(area: nil)
        await #expect { try await client.offers() } throws: { error in
            guard case .configuration(let detail) = error as? OrderError else { return false }
            return detail.hasPrefix("Adility searches offers around a location: add [accounts.search] to account 'adility-test'")
        }
        let placed = try await sandbox.client().place(cart: AdilityHarness.cart([("deal-sf-spa", 1)]))
        #expect(try await client.order(id: placed.id).id == placed.id)
    }

    @Test(arguments: [
        ([("radius", "5")], "Send one location"),
        ([("postal_code", "94103")], "radius is required"),
        ([("postal_code", "94103"), ("lat", "1"), ("lng", "2"), ("radius", "5")], "Send one location"),
        ([("lat", "1"), ("radius", "5")], "lat and lng go together"),
        ([("city", "Oakland"), ("radius", "5")], "city and state_code go together"),
        ([("postal_code", "94103"), ("radius", "-1")], "radius must be a positive number"),
    ])
    func theSandboxRefusesASearchWithoutOneLocationAndARadius(query: [(String, String)], message: String) async throws {
        let sandbox = try await AdilityHarness.start()
        defer { Task { await sandbox.stop() } }
        let response = try await sandbox.raw(.get, "/offers", query: query)
        #expect(response.status == 400)
        let error = try #require(try sandbox.json(response, root: "error") as? [String: Any])
        #expect((error["message"] as? String)?.hasPrefix(message) == true, "\(error)")
    }
}
