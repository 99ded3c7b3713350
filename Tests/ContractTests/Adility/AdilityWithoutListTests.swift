import Foundation
import Hummingbird
import OrderKit
import Providers
import Testing

/// The reference publishes no order list and no lookup by `order_number`: an account
/// without them is told so, and a lookup never answers "not placed" when it could not look.
@Suite struct AdilityWithoutListTests {
    @Test func anAccountWithoutAnOrderListSaysSo() async throws {
        let router = Router()
        router.get("orders") { _, _ -> Response in Response(status: .notFound) }
        let port = await LocalServer.start(router)
        let client = AdilityClient(transport: HTTPTransport(account: "adility-bare", baseURL: "http://127.0.0.1:\(port)",
                                                            timeout: 5),
                                   apiKey: "k")
        await #expect(throws: OrderError.unsupported(detail: "this Adility account has no order lookup (GET /orders is missing); look for order number cart-7 in the Adility portal before placing again")) {
            try await client.findPlaced(idempotencyKey: "cart-7")
        }
        await #expect(throws: OrderError.unsupported(detail: "account 'adility-bare' has no order list (GET /orders is missing): set order_list = \"known\" in its [[accounts]] entry to follow its orders by id (ordercon track)")) {
            try await client.orderList(stage: .confirmed)
        }
    }
}
