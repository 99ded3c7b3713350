import Foundation
import Hummingbird
import OrderKit
import Providers
import Synchronization
import Testing

/// A Purchase names the authorization it is sold under and its product. A buyer with one
/// authorization never chooses; with several, the customer picker offers each licensee under
/// each authorization and an order file names one as `LCE-…/AUT-…`; a choice missing where
/// several exist, or no authorization at all, is one line and nothing is created.
@Suite struct MPTAuthorizationTests {
    /// A Marketplace stand-in with two licensees and the given authorizations, keeping the
    /// bodies of the Purchases created.
    private final class Marketplace: Sendable {
        let created = Mutex<[Data]>([])

        /// The first Purchase body created, as JSON.
        func firstBody() throws -> [String: Any] {
            let data = try #require(created.withLock { $0.first })
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }

        func start(authorizations: [String]) async -> Int {
            let router = Router()
            router.get("mpt/public/v1/catalog/authorizations") { _, _ in Self.page(authorizations) }
            router.get("mpt/public/v1/accounts/licensees") { _, _ in
                Self.page([#"{"id": "LCE-1", "name": "Hafenblick GmbH"}"#, #"{"id": "LCE-2", "name": "Nordlicht AG"}"#])
            }
            router.post("mpt/public/v1/commerce/orders") { request, _ -> Response in
                let body = Data(String(buffer: try await request.body.collect(upTo: 1 << 16)).utf8)
                let count = self.created.withLock { created in
                    created.append(body)
                    return created.count
                }
                let order = #"{"id": "ORD-0000-0000-000\#(count)", "status": "Draft", "type": "Purchase"}"#
                return Response(status: .created, headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: order)))
            }
            return await LocalServer.start(router)
        }

        private static func page(_ entries: [String]) -> Response {
            let data = entries.joined(separator: ", ")
            let page = #"{"$meta": {"pagination": {"offset": 0, "limit": 100, "total": \#(entries.count)}}, "data": [\#(data)]}"#
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: page)))
        }
    }

    private static let two = [#"{"id": "AUT-1", "name": "Design EU", "product": {"id": "PRD-1", "name": "Creative Suite"}}"#,
                              #"{"id": "AUT-2", "name": "Design US", "product": {"id": "PRD-2", "name": "Creative Suite US"}}"#]
    private static let retired = #"{"id": "AUT-3", "name": "Retired"}"#

    private static func client(_ port: Int) -> MPTClient {
        MPTClient(transport: HTTPTransport(account: "mpt-auth", baseURL: "http://127.0.0.1:\(port)/mpt/public/v1", timeout: 5),
                  token: "t")
    }

    @Test func severalAuthorizationsAreChosenAmongAsEachLicenseeUnderEach() async throws {
        let marketplace = Marketplace()
        let client = Self.client(await marketplace.start(authorizations: Self.two))
        #expect(try await client.customers() == [
            Customer(id: "LCE-1/AUT-1", name: "Hafenblick GmbH · Design EU, Creative Suite"),
            Customer(id: "LCE-1/AUT-2", name: "Hafenblick GmbH · Design US, Creative Suite US"),
            Customer(id: "LCE-2/AUT-1", name: "Nordlicht AG · Design EU, Creative Suite"),
            Customer(id: "LCE-2/AUT-2", name: "Nordlicht AG · Design US, Creative Suite US"),
        ])
        _ = try await client.createDraft(customerID: "LCE-2/AUT-2", externalClientID: "ref-2")
        let body = try marketplace.firstBody()
        #expect((body["authorization"] as? [String: Any])?["id"] as? String == "AUT-2")
        let agreement = try #require(body["agreement"] as? [String: Any])
        #expect((agreement["licensee"] as? [String: Any])?["id"] as? String == "LCE-2")
        #expect((agreement["product"] as? [String: Any])?["id"] as? String == "PRD-2")
    }

    @Test func withoutAChoiceAmongSeveralTheRefusalNamesThemAndHowToChoose() async throws {
        let marketplace = Marketplace()
        let client = Self.client(await marketplace.start(authorizations: Self.two))
        await MPTExpect.refused(.unsupported, containing: #"sells under 2 authorizations (AUT-1: Design EU, Creative Suite; AUT-2: Design US, Creative Suite US); choose one: pick the licensee under it in the console's customer list, or write customer = "LCE-1/AUT-1" in the order file"#) {
            _ = try await client.createDraft(customerID: "LCE-1", externalClientID: "ref-1")
        }
        await MPTExpect.refused(.rejected, containing: "authorization AUT-9 is not one of the account's (AUT-1, AUT-2)") {
            _ = try await client.createDraft(customerID: "LCE-1/AUT-9", externalClientID: "ref-1")
        }
        #expect(marketplace.created.withLock { $0.isEmpty })
    }

    @Test func noAuthorizationIsSaidAndNothingIsCreated() async throws {
        for authorizations in [[], [Self.retired]] {
            let marketplace = Marketplace()
            let client = Self.client(await marketplace.start(authorizations: authorizations))
            #expect(try await client.customers().map(\.id) == ["LCE-1", "LCE-2"])
            await MPTExpect.refused(.unsupported, containing: "the account has no authorization with a product to sell under") {
                _ = try await client.createDraft(customerID: "LCE-1", externalClientID: "ref-1")
            }
            #expect(marketplace.created.withLock { $0.isEmpty })
        }
    }

    @Test func theOnlyAuthorizationWithAProductIsUsedWithoutAsking() async throws {
        let marketplace = Marketplace()
        let client = Self.client(await marketplace.start(authorizations: [Self.two[0], Self.retired]))
        #expect(try await client.customers().map(\.id) == ["LCE-1", "LCE-2"])
        _ = try await client.createDraft(customerID: "LCE-2", externalClientID: "ref-3")
        #expect((try marketplace.firstBody()["authorization"] as? [String: Any])?["id"] as? String == "AUT-1")
        await MPTExpect.refused(.rejected, containing: "authorization AUT-3 names no product") {
            _ = try await client.createDraft(customerID: "LCE-2/AUT-3", externalClientID: "ref-4")
        }
    }
}
