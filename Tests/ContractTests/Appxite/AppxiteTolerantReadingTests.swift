import Foundation
import Hummingbird
import OrderKit
@testable import Providers
import Testing

/// Appxite answers read as a tolerant reader must: the platform publishes no response
/// casing, so keys match in any case; numbers may be text; nulls and bad fields degrade a
/// field, and one unreadable order never hides the rest of a list.
@Suite struct AppxiteTolerantReadingTests {
    static func reference(_ name: String) throws -> Data {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try Data(contentsOf: folder.appendingPathComponent("Reference/appxite/\(name)"))
    }

    @Test func aCamelCasedPendingApprovalOrderWithTextNumbersIsRead() throws {
        let payload = try AppxiteReader.order(from: try Self.reference("order-pending-approval.json"), what: "order")
        let order = AppxiteMapping.order(payload, account: "t")
        #expect(order.id == "7c1e4b52-90aa-4d3e-b7f1-2a6d0e9c3b18")
        #expect(order.customerID == "5b9f0c2e-3d47-4a81-9e6c-d07a1f4b8e23")
        #expect(order.status == "Pending approval" && order.phase == .awaitingApproval)
        #expect(order.createdAt == nil, "a null date stays unknown, never now")
        #expect(order.total == Money(amount: Decimal(string: "459")!, currency: "SEK"))
        #expect(order.degraded.isEmpty)
        let item = try #require(order.items.first)
        #expect(item.id == "e2d4c6a8-1b3f-4e5d-9c7a-0f2e4d6b8a10" && item.quantity == 3)
        #expect(item.unitPrice == Money(amount: 153, currency: "SEK"))
        #expect(item.phase == .awaitingApproval)
        let form = try #require(payload.items.first?.formData)
        #expect(form.numbers == ["quantityBox2": 3])
        #expect(form.chargePeriod.offerRuleCustomFrequencyMonths == 12 && form.chargePeriod.offerRuleFrequency == "Annual")
    }

    @Test func theSeedCasingReadsAsBefore() throws {
        let order = AppxiteMapping.order(try AppxiteReader.order(from: try Self.reference("order-provisioned.json"),
                                                                 what: "order"), account: "t")
        #expect(order.phase == .completed && order.createdAt == Date(timeIntervalSince1970: 1_791_966_065))
        #expect(order.items.map(\.quantity) == [10] && order.degraded.isEmpty)
    }

    @Test func anUnreadableFieldDegradesThatFieldOnly() throws {
        let json = #"{"orderId": 42, "Status": ["x"], "CreatedAt": "last tuesday", "Total": "a lot", "Items": [{"OrderItemId": "i-1", "OfferId": "o", "Quantity": 2.5, "FormData": {"quantityBox1": 1}}, {"OfferId": "no id"}]}"#
        let payload = try AppxiteReader.order(from: Data(json.utf8), what: "order")
        let order = AppxiteMapping.order(payload, account: "t")
        #expect(order.id == "42" && order.status == "" && order.phase == .unknown)
        #expect(order.createdAt == nil && order.total == nil)
        #expect(Set(order.degraded.keys) == ["Status", "CreatedAt", "Total", "Items[0].Quantity",
                                            "Items[0].FormData.ChargePeriod", "Items[1]"])
        #expect(order.items.map(\.id) == ["i-1"])
        #expect(payload.items.first?.formData == nil)
    }

    @Test func anAmountWithoutItsCurrencyIsNotGivenOne() throws {
        let json = #"{"OrderId": "AX-9", "Status": "cart", "Total": 30, "Items": [{"OrderItemId": "i", "OfferId": "o", "Quantity": 1, "UnitPrice": 30}]}"#
        let order = AppxiteMapping.order(try AppxiteReader.order(from: Data(json.utf8), what: "order"), account: "t")
        #expect(order.total == nil && order.items.first?.unitPrice == nil)
        #expect(order.degraded["Currency"] == "absent, so amounts are shown unpriced")
    }

    @Test func aQuoteIsReadInAnyCasingAndAnAmountWithoutCurrencyStaysUnpriced() throws {
        let priced = AppxiteMapping.quote(try AppxiteReader.quote(from: Data(#"{"currency": "NOK", "total": "120", "lines": [{"offerId": "o-1", "quantity": "2", "unitPrice": 60, "total": "120.00"}, {"offerName": "no id"}]}"#.utf8), what: "quote"))
        #expect(priced.total == Money(amount: 120, currency: "NOK"))
        #expect(priced.lines.map(\.quantity) == [2] && priced.lines.first?.unitPrice == Money(amount: 60, currency: "NOK"))
        let unpriced = AppxiteMapping.quote(try AppxiteReader.quote(from: Data(#"{"Total": 5, "Lines": []}"#.utf8), what: "quote"))
        #expect(unpriced.total == nil)
    }

    @Test func anItemWithoutReadableFormDataIsRefusedAnOperationNotSentAMadeUpForm() throws {
        let json = #"{"OrderId": "o-1", "Status": "cart", "Operations": ["place_order"], "Items": [{"OrderItemId": "i-1", "OfferId": "x"}]}"#
        let payload = try AppxiteReader.order(from: Data(json.utf8), what: "order")
        #expect(throws: OrderError.self) {
            try AppxiteOperationRequest(operation: "place_order", order: payload, item: payload.items[0])
        }
    }

    @Test func oneMalformedOrderAmongAHundredIsListedAsUnreadable() throws {
        let orders = (1...100).map { index in
            index == 37 ? #"{"OrderId": {"nested": true}, "Status": "cart"}"#
                : #"{"orderId": "AX-\#(index)", "status": "provision_finished", "items": []}"#
        }
        let page = Data(#"{"totalCount": 100, "items": [\#(orders.joined(separator: ","))]}"#.utf8)
        let read = try AppxiteReader.page(from: page, firstPosition: 1) { AppxiteMapping.order($0, account: "t") }
        #expect(read.orders.count == 99 && read.count == 100 && read.total == 100)
        #expect(read.unreadable.map(\.position) == [37])
        #expect(read.unreadable.first?.reason == "OrderId: expected an id, got an object")
    }

    private static func client(port: Int) -> AppxiteClient {
        AppxiteClient(transport: HTTPTransport(account: "appxite-stand-in", baseURL: "http://127.0.0.1:\(port)/appxite",
                                               timeout: 5),
                      bearer: .token("t"), subscriptionKey: "k", organizationID: "org",
                      referer: "https://portal.example.test")
    }

    private static func json(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    @Test func aLookupFilterTheServerIgnoresFindsNobodyElsesOrder() async throws {
        let router = Router()
        router.get("appxite/orders") { _, _ -> Response in
            Self.json(#"{"TotalCount": 1, "Items": [{"OrderId": "someone-elses", "Status": "provision_finished", "Items": [{"OrderItemId": "other-item", "OfferId": "o"}]}]}"#)
        }
        router.get("appxite/orders/:id") { _, _ -> Response in
            Self.json(#"{"OrderId": "someone-elses", "Status": "provision_finished", "Items": []}"#)
        }
        let port = await LocalServer.start(router)
        #expect(try await Self.client(port: port).findPlaced(idempotencyKey: "my-item") == nil)
    }

    @Test func anAccountWithoutAnOrderListSaysSoInsteadOfFindingNothing() async throws {
        let router = Router()
        router.get("appxite/orders") { _, _ -> Response in Response(status: .notFound) }
        let port = await LocalServer.start(router)
        let client = Self.client(port: port)
        await #expect(throws: OrderError.unsupported(detail: "this Appxite account has no order lookup (GET /orders is missing); look for order item my-item in the portal before placing again")) {
            try await client.findPlaced(idempotencyKey: "my-item")
        }
        await #expect(throws: OrderError.unsupported(detail: "account 'appxite-stand-in' has no order list (GET /orders is missing): set order_list = \"known\" in its [[accounts]] entry to follow its orders by id (ordercon track)")) {
            try await client.orderList(stage: .all)
        }
    }

    @Test func aListThatIgnoresPagingIsReadOnce() async throws {
        let router = Router()
        let full = (1...AppxiteClient.pageSize).map { #"{"OrderId": "AX-\#($0)", "Status": "cart"}"# }.joined(separator: ",")
        router.get("appxite/orders") { _, _ -> Response in Self.json(#"{"Items": [\#(full)]}"#) }
        let port = await LocalServer.start(router)
        let list = try await Self.client(port: port).orderList(stage: .all)
        #expect(list.orders.count == AppxiteClient.pageSize && list.pages.read == 1)
        #expect(list.stoppedEarly == "page 2 repeats orders already read: the server ignores paging")
    }
}
