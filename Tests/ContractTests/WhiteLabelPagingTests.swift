import Foundation
import Hummingbird
import OrderKit
@testable import Providers
import Sandbox
import Synchronization
import Testing

/// White-label answers as the public reference allows them: collections as a bare array or
/// a paged envelope (every page followed), any casing of `AccountId`, and a 403 on a read
/// that may be a rate limit.
@Suite struct WhiteLabelPagingTests {
    static func reference(_ name: String) throws -> Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        return try Data(contentsOf: folder.appendingPathComponent("Reference/whitelabel/\(name)"))
    }

    @Test(arguments: ["AccountId", "AccountID", "accountId", "ACCOUNTID"])
    func theCreateAnswerNamesTheAccountInAnyCasing(_ key: String) throws {
        let body = Data(#"{"Id": 5120, "\#(key)": 1002, "Status": "Draft"}"#.utf8)
        let order = try WhiteLabelReader.order(from: body, account: "t", what: "new draft")
        #expect(order.customerID == "1002" && order.phase == .draft)
    }

    @Test func aTotalWithoutItsCurrencyIsNotGivenOne() throws {
        let order = try WhiteLabelReader.order(from: Data(#"{"Id": 7, "Status": "Draft", "Total": 12}"#.utf8), account: "t",
                                               what: "order")
        #expect(order.total == nil && order.degraded["Currency"] == "absent, so the total is shown unpriced")
    }

    @Test func aReferenceShapedCreateAnswerIsRead() throws {
        let order = try WhiteLabelReader.order(from: try Self.reference("order-created.json"), account: "t", what: "new draft")
        #expect(order.id == "88341" && order.customerID == "4417" && order.customerName == "Nordlicht Solar GmbH")
        #expect(order.phase == .draft && order.total == Money(amount: Decimal(string: "1250.5")!, currency: "CHF"))
        let created = try #require(order.createdAt)
        #expect(try #require(order.expiresAt).timeIntervalSince(created) == 7 * 24 * 3600)
        #expect(order.degraded.isEmpty)
    }

    @Test func statusProductsAndAccountsAreReadInAnyCasing() throws {
        let status = try WhiteLabelReader.execution(from: Data(#"{"orderId": 5120, "status": "Executed", "message": null}"#.utf8),
                                                    what: "status")
        #expect(status.orderID == "5120" && status.status == "Executed" && status.message == nil)
        let products = WhiteLabelReader.each(try WhiteLabelPage(body: Data(#"{"data": [{"id": "P-1", "name": "Backup", "price": "2.50", "currency": "CHF"}, {"name": "no id"}]}"#.utf8), what: "catalog").elements, WhiteLabelReader.product)
        #expect(products.map(WhiteLabelMapping.offer) == [Offer(id: "P-1", name: "Backup", price: Money(amount: Decimal(string: "2.5")!, currency: "CHF"))])
        let accounts = WhiteLabelReader.each(try WhiteLabelPage(body: Data(#"[{"ID": 4417, "NAME": "Nordlicht Solar GmbH"}]"#.utf8), what: "accounts").elements, WhiteLabelReader.account)
        #expect(accounts.map(\.id) == ["4417"] && accounts.map(\.name) == ["Nordlicht Solar GmbH"])
    }

    @Test func anEnvelopeIsReadWhateverItsListKeyAndMetadataPlace() throws {
        let data = try WhiteLabelPage(body: try Self.reference("orders-page-1.json"), what: "orders")
        #expect(data.isPaged && data.elements.count == 2 && data.totalPages == 2 && data.pageSize == 2)
        #expect(data.hasMore(after: 1, seen: 2) && !data.hasMore(after: 2, seen: 3))
        let nested = try WhiteLabelPage(body: Data(#"{"data": [{"Id": 1}], "pagination": {"totalItems": 3}}"#.utf8), what: "orders")
        #expect(nested.elements.count == 1 && nested.totalCount == 3 && nested.hasMore(after: 1, seen: 1))
        let bare = try WhiteLabelPage(body: Data(#"[{"Id": 1}]"#.utf8), what: "orders")
        #expect(!bare.isPaged && !bare.hasMore(after: 1, seen: 1))
        let silent = try WhiteLabelPage(body: Data(#"{"Items": [{"Id": 1}]}"#.utf8), what: "orders")
        #expect(!silent.hasMore(after: 1, seen: 1), "an envelope that says nothing about paging is one page")
        #expect(throws: OrderError.malformedResponse(detail: "orders: no Items or Data list in the answer")) {
            try WhiteLabelPage(body: Data(#"{"Results": []}"#.utf8), what: "orders")
        }
    }

    @Test func everyPageOfEveryCollectionIsFollowed() async throws {
        let sandbox = try await SandboxHarness.start()
        defer { Task { await sandbox.stop() } }
        let client = sandbox.client()
        let draft = try await client.createDraft(customerID: "1002")
        for product in ["MS365-E3", "ZOOM-PRO", "MS365-E3"] {
            _ = try await client.addItem(orderID: draft.id, offerID: product, quantity: 1)
        }
        let bare = try await client.orderList(stage: .all)
        let bareItems = try await client.items(orderID: draft.id)
        let bareOffers = try await client.offers()
        let bareCustomers = try await client.customers()
        #expect(bare.pages.read == 1 && bare.orders.count > 2 && bareItems.count == 3)

        #expect(try await sandbox.raw(.put, "/_sandbox/paging", body: #"{"PageSize": 2}"#).status == 204)
        let paged = try await client.orderList(stage: .all)
        #expect(paged.orders.map(\.id) == bare.orders.map(\.id))
        #expect(paged.pages.read == (bare.orders.count + 1) / 2 && paged.pages.total == paged.pages.read)
        #expect(try await client.items(orderID: draft.id).map(\.id) == bareItems.map(\.id))
        #expect(try await client.order(id: draft.id).items.count == 3)
        #expect(try await client.offers() == bareOffers)
        #expect(try await client.customers() == bareCustomers)
        let raw = try await sandbox.raw(.get, "/api/orders")
        #expect(String(decoding: raw.body, as: UTF8.self).hasPrefix("{"))
    }

    @Test func endlessPagingStopsAndSaysSo() async throws {
        let router = Router()
        router.get("api/orders") { request, _ -> Response in
            let page = request.uri.queryParameters.get("page") ?? "1"
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: #"{"Items": [{"Id": \#(page), "Status": "Executed"}], "TotalPages": 1000000}"#)))
        }
        let port = await LocalServer.start(router)
        let list = try await client(port: port).orderList(stage: .all)
        #expect(list.orders.count == WhiteLabelClient.maximumPages && list.pages.read == WhiteLabelClient.maximumPages)
        #expect(list.stoppedEarly == "stopped after \(WhiteLabelClient.maximumPages) pages" && list.isPartial)
    }

    /// A stand-in that answers 403 to the first `forbidden` reads, and to every write.
    private final class Throttled: Sendable {
        let reads = Mutex(0)
        let writes = Mutex(0)

        func start(forbidden: Int) async -> Int {
            let router = Router()
            router.get("api/orders") { _, _ -> Response in
                let count = self.reads.withLock { $0 += 1; return $0 }
                guard count > forbidden else {
                    return Response(status: .forbidden, body: .init(byteBuffer: ByteBuffer(string: #"{"Message": "Too many requests"}"#)))
                }
                return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: #"[{"Id": 1, "Status": "Executed"}]"#)))
            }
            router.post("api/orders") { _, _ -> Response in
                self.writes.withLock { $0 += 1 }
                return Response(status: .forbidden, body: .init(byteBuffer: ByteBuffer(string: #"{"Message": "Not permitted"}"#)))
            }
            return await LocalServer.start(router)
        }
    }

    private func client(port: Int) -> WhiteLabelClient {
        WhiteLabelClient(transport: HTTPTransport(account: "wl-throttled", baseURL: "http://127.0.0.1:\(port)", timeout: 5),
                         credentials: .token("t"), forbiddenReadDelays: [0.01, 0.01, 0.01])
    }

    @Test func aReadForbiddenForAWhileIsRetried() async throws {
        let server = Throttled()
        let port = await server.start(forbidden: 2)
        #expect(try await client(port: port).orderList(stage: .confirmed).orders.map(\.id) == ["1"])
        #expect(server.reads.withLock { $0 } == 3)
    }

    @Test func aReadStillForbiddenSaysItMayBeARateLimit() async throws {
        let server = Throttled()
        let port = await server.start(forbidden: 100)
        await #expect(throws: OrderError.forbidden(detail: "Too many requests; forbidden or rate-limited (still 403 after 3 retries): wait a minute and retry, or ask the platform admin for this API user's read permissions")) {
            try await client(port: port).orderList(stage: .confirmed)
        }
        #expect(server.reads.withLock { $0 } == 4)
        await #expect(throws: OrderError.forbidden(detail: "Not permitted")) {
            try await client(port: port).createDraft(customerID: "7")
        }
        #expect(server.writes.withLock { $0 } == 1, "a write is never retried")
    }
}
