import Foundation
import Hummingbird
import OrderKit
@testable import Providers
import Testing

/// Order lists as real accounts send them: one malformed order never hides the others, a
/// page that cannot be read is skipped by its offset, and a field of another type degrades
/// that field only.
@Suite struct MPTTolerantReadingTests {
    /// An order as the list sends it, numbered `number`.
    private static func order(_ number: Int) -> String {
        let id = String(format: "ORD-7700-0000-%04d", number)
        return #"{"id": "\#(id)", "status": "Completed", "licensee": {"id": "LCE-7700-0001", "name": "Kestrel Ltd"}, "audit": {"created": {"at": "2026-11-01T10:00:00.000Z"}}}"#
    }

    private static func page(offset: Int, limit: Int = 100, total: Int, _ elements: [String]) -> String {
        #"{"$meta": {"pagination": {"offset": \#(offset), "limit": \#(limit), "total": \#(total)}, "omitted": ["parameters"]}, "data": [\#(elements.joined(separator: ","))]}"#
    }

    /// A list endpoint serving `pages` by offset (anything else: an empty page).
    private func client(serving pages: [Int: String]) async -> MPTClient {
        let router = Router()
        router.get("mpt/public/v1/commerce/orders") { request, _ -> Response in
            let offset = request.uri.queryParameters.get("offset").flatMap { Int($0) } ?? 0
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: pages[offset] ?? Self.page(offset: offset, total: 0, []))))
        }
        let port = await LocalServer.start(router)
        return MPTClient(transport: HTTPTransport(account: "mpt-tolerant", baseURL: "http://127.0.0.1:\(port)/mpt/public/v1",
                                                  timeout: 5),
                         token: "t")
    }

    @Test func oneMalformedOrderAmongAHundredIsListedAndTheRestShown() async throws {
        var first = (1...100).map(Self.order)
        first[41] = #"{"id": {"value": "ORD-7700-0000-0042"}, "status": "Completed"}"#
        first[6] = #""ORD-7700-0000-0007""#
        let client = await client(serving: [0: Self.page(offset: 0, total: 130, first),
                                            100: Self.page(offset: 100, total: 130, (101...130).map(Self.order))])
        let list = try await client.orderList(stage: .all)
        #expect(list.orders.count == 128)
        #expect(list.unreadable.map(\.position) == [7, 42])
        #expect(list.unreadable.map(\.reason) == ["expected an order object, got text", "id: expected an id, got an object"])
        #expect(list.unreadable[1].raw?.contains("ORD-7700-0000-0042") == true)
        #expect(list.pages == PagesRead(read: 2, total: 2))
        #expect(list.isPartial)
    }

    @Test func aPageThatCannotBeReadIsSkippedByItsOffset() async throws {
        let client = await client(serving: [0: Self.page(offset: 0, total: 250, (1...100).map(Self.order)),
                                            100: "<html>upstream timeout</html>",
                                            200: Self.page(offset: 200, total: 250, (201...250).map(Self.order))])
        let list = try await client.orderList(stage: .confirmed)
        #expect(list.orders.count == 150)
        #expect(list.orders.last?.id == "ORD-7700-0000-0250")
        #expect(list.pages == PagesRead(read: 2, total: 3, skipped: [2]))
        #expect(list.stoppedEarly == nil)
        #expect(list.unreadable.isEmpty)
    }

    /// A provider that caps `limit` below the 100 asked for pages by its own size.
    @Test func aCappedPageSizeNumbersAndSkipsPagesByThatSize() async throws {
        let client = await client(serving: [0: Self.page(offset: 0, limit: 50, total: 120, (1...50).map(Self.order)),
                                            50: "not json",
                                            100: Self.page(offset: 100, limit: 50, total: 120, (101...120).map(Self.order))])
        let list = try await client.orderList(stage: .all)
        #expect(list.orders.count == 70)
        #expect(list.orders.last?.id == "ORD-7700-0000-0120")
        #expect(list.pages == PagesRead(read: 2, total: 3, skipped: [2]))
    }

    @Test func aListThatCannotBeReadAtAllThrows() async throws {
        let client = await client(serving: [0: #"{"$meta": {}, "data": "none"}"#])
        await #expect(throws: OrderError.malformedResponse(detail: "order list: data is not a list")) {
            try await client.orderList(stage: .all)
        }
    }

    @Test func stringNumbersNullsAndAnUnknownStatusAreRead() throws {
        let body = #"""
        {"$meta": {"pagination": {"offset": "0", "limit": "100", "total": "1"}},
         "data": [{"id": "ORD-7700-0000-0001", "status": "Configuring", "licensee": null,
                   "agreement": {"id": "AGR-7700-0001", "name": null},
                   "price": {"SPxM": "12.50", "currency": "GBP"}, "audit": null,
                   "lines": [{"id": "ALI-7700-0001-0001", "item": {"id": 5501, "name": "Relay"}, "quantity": "3",
                              "price": {"unitSP": "4.1666", "currency": "GBP"}}]}]}
        """#
        let page = try MPTOrderPage(body: Data(body.utf8), firstPosition: 1, account: "t", now: Date())
        #expect(page.total == 1 && page.limit == 100)
        let order = try #require(page.orders.first)
        #expect(order.status == "Configuring")
        #expect(order.phase == .unknown)
        #expect(order.customerID == "AGR-7700-0001" && order.customerName == nil)
        #expect(order.total == Money(amount: Decimal(string: "12.50")!, currency: "GBP"))
        #expect(order.createdAt == nil)
        #expect(order.items.map(\.quantity) == [3])
        #expect(order.items.map(\.offerID) == ["5501"])
        #expect(order.degraded.isEmpty)
    }

    /// The preview is read as tolerantly as the order: amounts as text, a line it cannot
    /// price shown without a price, the one-time price in the note.
    @Test func thePreviewReadsAmountsAsText() throws {
        let body = #"""
        {"id": "ORD-7700-0000-0009", "status": "Draft",
         "lines": [{"id": "ALI-1", "item": {"id": "ITM-1", "name": "Relay"}, "quantity": "6",
                    "price": {"unitSP": "2.50", "SPxM": "15.00", "currency": "EUR"}},
                   {"id": "ALI-2", "item": {"id": "ITM-2"}, "quantity": 1, "price": null}],
         "price": {"SPxM": "15.00", "SPxY": "180", "SPx1": "49.90", "currency": "EUR"}}
        """#
        let quote = try MPTReader.quote(from: Data(body.utf8), what: "order")
        #expect(quote.lines == [
            Quote.Line(offerID: "ITM-1", name: "Relay", quantity: 6, unitPrice: Money(amount: Decimal(string: "2.5")!, currency: "EUR"),
                       total: Money(amount: 15, currency: "EUR")),
            Quote.Line(offerID: "ITM-2", name: "ITM-2", quantity: 1, unitPrice: nil, total: nil),
        ])
        #expect(quote.total == Money(amount: 15, currency: "EUR"))
        #expect(quote.note == "Monthly sale price; 180.00 EUR per year; 49.90 EUR one-time")
    }

    /// A status poll reads the status and the vendor's note whatever else the answer holds.
    @Test func theStatusMessageIsReadBesideUnreadableFields() throws {
        let body = Data(#"{"id": "ORD-1", "status": "Failed", "lines": "none", "statusNotes": {"message": "Tenant suspended."}}"#.utf8)
        #expect(try MPTReader.order(from: body, account: "t", what: "order").phase == .failed)
        #expect(MPTReader.statusMessage(in: body) == "Tenant suspended.")
        #expect(MPTReader.statusMessage(in: Data(#"{"id": "ORD-1", "error": {"id": "E1", "message": "Bad line."}}"#.utf8))
            == "Bad line.")
    }

    @Test func aFieldOfAnotherTypeDegradesThatFieldOnly() throws {
        let body = #"""
        {"data": [{"id": "ORD-7700-0000-0001", "status": ["Completed"], "licensee": "LCE-7700-0001",
                   "price": {"SPxM": "twelve", "currency": "EUR"}, "audit": {"created": {"at": 1764583200}},
                   "lines": [{"id": "ALI-7700-0001-0001", "item": {"id": "ITM-1"}, "quantity": 2.5},
                             {"item": {"id": "ITM-2"}, "quantity": 1}]}]}
        """#
        let page = try MPTOrderPage(body: Data(body.utf8), firstPosition: 1, account: "t", now: Date())
        let order = try #require(page.orders.first)
        #expect(order.status == "" && order.phase == .unknown)
        #expect(order.customerID == nil && order.total == nil && order.createdAt == nil)
        #expect(order.items.map(\.id) == ["ALI-7700-0001-0001"])
        #expect(order.degraded == [
            "status": "expected text, got a list",
            "licensee": "expected an object, got text",
            "price.SPxM": "not a number: \"twelve\"",
            "audit.created.at": "expected a date, got a number",
            "lines[0].quantity": "not a whole number: 2.5",
            "lines[1]": "unreadable",
        ])
    }
}
