import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import OrderKit
import Sandbox
import Testing

/// The sandbox imitates the references: the Appxite and Adility order lists and lookups,
/// which no reference publishes, answer 404 unless `--undocumented-lists` switches them on;
/// their orders are read by id either way.
@Suite struct UndocumentedListTests {
    private static let adility: HTTPFields = [HTTPFields.Element.Name("X-ADILITY-API-KEY")!: DemoCredentials.apiKey]
    private static let appxite: HTTPFields = [
        HTTPField.Name("Ocp-Apim-Subscription-Key")!: DemoCredentials.subscriptionKey,
        .authorization: "Bearer \(DemoCredentials.bearerToken)",
        HTTPField.Name("api-version")!: "3.1",
        HTTPField.Name("X-On-Behalf-Of")!: "8c1f4a52-93d7-4e0b-b6a1-2f5d7c9e0a13",
        HTTPField.Name("Referer")!: "https://portal.appxite.example",
    ]

    private static let listCalls: [(String, HTTPFields)] = [
        ("/adility/orders", adility), ("/adility/orders?order_number=x-1", adility),
        ("/appxite/orders", appxite), ("/appxite/orders?orderitemid=i-1", appxite),
    ]

    @Test(arguments: [false, true])
    func listsAndLookupsAnswerOnlyWhenSwitchedOn(on: Bool) async throws {
        let app = Application(router: SandboxServer(options: SandboxOptions(clock: ManualClock(), undocumentedLists: on))
            .makeRouter())
        try await app.test(.router) { client in
            for (uri, headers) in Self.listCalls {
                try await client.execute(uri: uri, method: .get, headers: headers) { response in
                    #expect((response.status == .ok) == on, "\(uri)")
                    #expect([.notFound, .methodNotAllowed, .ok].contains(response.status), "\(uri)")
                }
            }
        }
    }

    @Test func theSeededOrdersOfAccountsWithoutAListAreNamedAndReadableById() async throws {
        let server = SandboxServer(options: SandboxOptions(clock: ManualClock()))
        let endpoint = SandboxEndpoint(host: "127.0.0.1", port: 1)
        let ids = Dictionary(uniqueKeysWithValues: endpoint.accounts.map { ($0.name, server.seededOrderIDs(of: $0)) })
        #expect(ids["adility-demo"]?.count == ids["adility-xml"]?.count)
        #expect(ids["wl-demo"] == [] && ids["mpt-demo"] == [] && ids["adobe-demo"] == [])
        let adilityIDs = try #require(ids["adility-demo"])
        let appxiteIDs = try #require(ids["appxite-demo"])
        #expect(!adilityIDs.isEmpty && !appxiteIDs.isEmpty)
        try await Application(router: server.makeRouter()).test(.router) { client in
            for (id, prefix, headers) in adilityIDs.map({ ($0, "/adility", Self.adility) }) + appxiteIDs.map({ ($0, "/appxite", Self.appxite) }) {
                try await client.execute(uri: "\(prefix)/orders/\(id)", method: .get, headers: headers) { response in
                    #expect(response.status == .ok, "\(prefix) \(id)")
                }
            }
        }
    }

    @Test func thePrintedConfigListsByProviderOnlyWhereTheSandboxServesLists() {
        let listing = { (on: Bool) in
            SandboxEndpoint(host: "127.0.0.1", port: 1, undocumentedLists: on).accounts
                .filter { [.appxite, .adility].contains($0.provider) }.map { $0.settings["order_list"] }
        }
        #expect(listing(false) == [nil, nil, nil, nil])
        #expect(listing(true) == ["provider", "provider", "provider", "provider"])
    }
}
