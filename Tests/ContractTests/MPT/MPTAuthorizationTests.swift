import Foundation
import Hummingbird
import OrderKit
import Providers
import Synchronization
import Testing

/// A Purchase names the authorization it is sold under and its product. The console has no
/// place to choose one, so the client uses the buyer's only one; with several or none it
/// says so and creates nothing.
@Suite struct MPTAuthorizationTests {
    /// A Marketplace stand-in with the given authorizations, counting creates.
    private final class Marketplace: Sendable {
        let creates = Mutex(0)

        func start(authorizations: String) async -> Int {
            let router = Router()
            router.get("mpt/public/v1/catalog/authorizations") { _, _ -> Response in
                let total = authorizations.filter { $0 == "{" }.count / 2
                let page = #"{"$meta": {"pagination": {"offset": 0, "limit": 100, "total": \#(total)}}, "data": [\#(authorizations)]}"#
                return Response(status: .ok, headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: page)))
            }
            router.post("mpt/public/v1/commerce/orders") { _, _ -> Response in
                self.creates.withLock { $0 += 1 }
                return Response(status: .internalServerError)
            }
            return await LocalServer.start(router)
        }
    }

    @Test func severalOrNoAuthorizationsAreSaidAndNothingIsCreated() async throws {
        let two = #"{"id": "AUT-1", "name": "Design EU", "product": {"id": "PRD-1"}}, {"id": "AUT-2", "name": "Design US", "product": {"id": "PRD-2"}}"#
        for (authorizations, text) in [(two, "2 authorizations (Design EU, Design US)"), ("", "no authorization")] {
            let marketplace = Marketplace()
            let port = await marketplace.start(authorizations: authorizations)
            let client = MPTClient(transport: HTTPTransport(account: "mpt-auth", baseURL: "http://127.0.0.1:\(port)/mpt/public/v1",
                                                            timeout: 5),
                                   token: "t")
            await MPTExpect.refused(.unsupported, containing: text) {
                _ = try await client.createDraft(customerID: "LCE-1", externalClientID: "ref-1")
            }
            #expect(marketplace.creates.withLock { $0 } == 0)
        }
    }
}
