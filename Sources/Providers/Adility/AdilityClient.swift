import Foundation
import OrderKit

/// The Adility Distribution API client (seed 003): place an order from a local cart, read
/// it with its vouchers, cancel it, and list offers with their type, face value and stock.
/// No server-side drafts: the console composes a `LocalCart`, and its id is sent as the
/// `order_number`, so a placement retried after a timeout is found by number instead of
/// bought twice.
public struct AdilityClient: OrderProvider {
    public let kind = ProviderKind.adility
    public let account: String
    public let capabilities = Capabilities(cancelOrder: true, cancelItem: true, cancelItemPartsOnly: true, cancelCompleted: true,
                                           customerList: false, cancelNotice: AdilityClient.cancelNotice)
    /// Twice the total timeout: a request cut off may still reach the provider until then.
    public var answerWindow: TimeInterval { 2 * transport.timeout }
    private let transport: HTTPTransport
    private let apiKey: String
    private let format: AdilityFormat
    private let area: AdilityArea?

    /// Said in the cancel confirmation: `PUT /orders/{id}` cancels every voucher of the order
    /// with it, and a consumer may already hold a voucher that was sent.
    public static let cancelNotice = "Cancels the whole order and every voucher in it: each voucher stops working, "
        + "already sent to the consumer or not. An order with a redeemed voucher cannot be cancelled."

    /// The largest page `GET /orders` serves; the list is read page by page up to its total.
    public static let pageSize = 100

    /// - Parameters:
    ///   - apiKey: sent as `X-ADILITY-API-KEY` on every call, never logged.
    ///   - format: the body format of this account, JSON or XML.
    ///   - area: where the catalog looks (`[accounts.search]`): the reference requires one;
    ///     without it `offers()` says which setting to add, and orders are still read.
    public init(transport: HTTPTransport, apiKey: String, format: AdilityFormat = .json, area: AdilityArea? = nil) {
        self.transport = transport
        account = transport.account
        self.apiKey = apiKey
        self.format = format
        self.area = area
    }

    // MARK: Reading

    /// Adility keeps no drafts, so the draft stage is always empty. Each order is read on
    /// its own: one that cannot be read is listed as unreadable, with its place.
    public func orderList(stage: OrderStage) async throws -> OrderList {
        guard stage != .draft else { return OrderList(orders: []) }
        var orders: [Order] = []
        var unreadable: [UnreadableOrder] = []
        var seen = 0
        var page = 1
        let now = Date()
        while true {
            let response = try await listCall(APIRequest(.get, "/orders", query: [
                ("page", String(page)), ("per_page", String(Self.pageSize)),
            ]), missing: "account '\(account)' has no order list (GET /orders is missing): set order_list = \"known\" in its [[accounts]] entry to follow its orders by id (ordercon track)")
            let batch = try AdilityReader.orders(from: response.body, as: format, firstPosition: seen + 1,
                                                 what: "order list") {
                AdilityMapping.order($0, account: account, raw: nil, now: now)
            }
            orders += batch.orders
            unreadable += batch.unreadable
            seen += batch.count
            let total = response.header("X-Total-Count").flatMap { Int($0) } ?? seen
            guard batch.count > 0, seen < total else { break }
            page += 1
        }
        let (offers, failures) = await offers(ids: orders.flatMap { $0.items.map(\.offerID) })
        return OrderList(orders: orders.map { AdilityMapping.named($0, offers: offers) }, unreadable: unreadable,
                         pages: PagesRead(read: page), lookupFailures: failures)
    }

    public func order(id: String) async throws -> Order {
        let response = try await call(APIRequest(.get, "/orders/\(try Self.pathSegment(id))"))
        return try await orderAnswer(response, what: "order \(id)")
    }

    /// One section per voucher (what the consumer redeems: code, barcode, print URL, status
    /// and expiry), so support can read a code out or resend the print link.
    public func details(orderID: String) async throws -> [DetailSection] {
        let response = try await call(APIRequest(.get, "/orders/\(try Self.pathSegment(orderID))"))
        let payload = try AdilityReader.order(from: response.body, as: format, what: "order \(orderID)")
        let offers = await offers(ids: payload.items.compactMap(\.offerID)).offers
        return AdilityMapping.voucherSections(payload, offers: offers, now: Date())
    }

    public func items(orderID: String) async throws -> [OrderItem] {
        try await order(id: orderID).items
    }

    /// The offers that can be bought now: none known to be inactive or out of stock, so the
    /// picker never offers what the API would refuse.
    public func offers() async throws -> [Offer] {
        guard let area else {
            throw OrderError.configuration(detail: "Adility searches offers around a location: add [accounts.search] to account "
                + "'\(account)' with lat and lng, postal_code, or city and state_code, and radius (see docs/providers/adility.md).")
        }
        let response = try await call(APIRequest(.get, "/offers", query: area.query))
        return try AdilityReader.offers(from: response.body, as: format, what: "catalog")
            .filter { ($0.status?.lowercased() ?? "active") == "active" && ($0.quantityInStock ?? 1) > 0 }
            .map(AdilityMapping.offer)
    }

    /// One offer, whatever its status or stock, e.g. to show why it cannot be ordered.
    public func offer(id: String) async throws -> Offer {
        AdilityMapping.offer(try await offerPayload(id: id))
    }

    /// Adility takes the consumer's name as free text on each order; there is no list.
    public func customers() async throws -> [Customer] {
        throw OrderError.unsupported(detail: "Adility has no customer list: type the customer's name when starting a cart.")
    }

    // MARK: Writing

    /// Posts the whole cart with `order_number` = `cart.id`. Sending the same cart twice is
    /// refused by the provider as a duplicate order number, never bought twice.
    public func place(cart: LocalCart) async throws -> Order {
        let payload = AdilityPlacementPayload(
            orderNumber: idempotencyKey(for: cart), customerName: cart.customerName,
            items: AdilityList(cart.lines.map { AdilityPlacementPayload.Line(offerID: $0.offerID, quantity: $0.quantity) }))
        let body = try AdilityCodec.encode(payload, root: "order", as: format)
        let response = try await call(APIRequest(.post, "/orders", body: body))
        return try await orderAnswer(response, what: "placed order")
    }

    /// A 409 naming the `order_number` is Adility refusing a number it already holds: the
    /// order was placed by an earlier request (decision: the reference prints no error codes,
    /// so the refusal is recognised by the field it names).
    public func refusalMeansAlreadyPlaced(_ error: OrderError) -> Bool {
        guard case .conflict(let detail) = error else { return false }
        return detail.lowercased().contains("order_number")
    }

    /// Cancelling is sending the status `cancelled`; every voucher of the order is cancelled
    /// with it. The provider refuses when a voucher was already redeemed.
    public func cancel(orderID: String) async throws -> Order {
        let body = try AdilityCodec.encode(AdilityStatusPayload.cancelled, root: "order", as: format)
        let response = try await call(APIRequest(.put, "/orders/\(try Self.pathSegment(orderID))", body: body))
        return try await orderAnswer(response, what: "cancelled order \(orderID)")
    }

    /// Cancels one voucher (`itemID` is the voucher's id) with `PUT /offers/{offer_id}/vouchers/{id}`
    /// and status `cancelled`, the reference's partial refund; the rest of the order stays.
    /// The order is read first, so the offer in the path is the voucher's own, and an item
    /// that is not a voucher is refused with what to select instead.
    public func cancelItem(orderID: String, itemID: String) async throws -> Order {
        let order = try await order(id: orderID)
        guard let voucher = order.items.flatMap(\.parts).first(where: { $0.id == itemID }) else {
            if order.items.contains(where: { $0.id == itemID }) {
                throw OrderError.rejected(detail: "Adility cancels vouchers one at a time: select one of the item's vouchers, or cancel the whole order.")
            }
            throw OrderError.notFound(detail: "Order \(orderID) has no voucher \(itemID).")
        }
        let body = try AdilityCodec.encode(AdilityStatusPayload.cancelled, root: "voucher", as: format)
        let path = "/offers/\(try Self.pathSegment(voucher.offerID))/vouchers/\(try Self.pathSegment(voucher.id))"
        _ = try await call(APIRequest(.put, path, body: body))
        return try await self.order(id: orderID)
    }

    /// The order placed with this `order_number`, found through the order list; where there
    /// is none, it says it cannot look (never "not found", which would invite buying twice).
    public func findPlaced(idempotencyKey: String) async throws -> Order? {
        let response = try await listCall(APIRequest(.get, "/orders", query: [("order_number", idempotencyKey)]),
                                          missing: "this Adility account has no order lookup (GET /orders is missing); look for order number \(idempotencyKey) in the Adility portal before placing again")
        var found: AdilityOrderPayload?
        _ = try AdilityReader.orders(from: response.body, as: format, firstPosition: 1,
                                     what: "orders numbered \(idempotencyKey)") { payload in
            if found == nil, payload.orderNumber == idempotencyKey { found = payload }
            return AdilityMapping.order(payload, account: account, raw: nil, now: Date())
        }
        guard let found else { return nil }
        let order = AdilityMapping.order(found, account: account, raw: nil, now: Date())
        return AdilityMapping.named(order, offers: await offers(ids: found.items.compactMap(\.offerID)).offers)
    }

    // MARK: Transport

    private func call(_ request: APIRequest) async throws -> APIResponse {
        let response = try await send(request)
        guard response.isSuccess else { throw failure(response) }
        return response
    }

    /// A call to `GET /orders`, which the reference does not publish: where the account has
    /// none (404, 405) the client says so, and works by order id.
    private func listCall(_ request: APIRequest, missing: String) async throws -> APIResponse {
        let response = try await send(request)
        if [404, 405].contains(response.status) { throw OrderError.unsupported(detail: missing) }
        guard response.isSuccess else { throw failure(response) }
        return response
    }

    private func send(_ request: APIRequest) async throws -> APIResponse {
        var attempt = request
        attempt.headers += [("X-ADILITY-API-KEY", apiKey), ("Accept", format.mediaType)]
        if request.body != nil { attempt.headers.append(("Content-Type", format.mediaType)) }
        return try await transport.send(attempt)
    }

    /// The provider's own message, read in whichever format the error came in.
    private func failure(_ response: APIResponse) -> OrderError {
        let errorFormat = AdilityFormat(contentType: response.header("Content-Type")) ?? format
        let payload = try? AdilityCodec.decode(AdilityErrorPayload.self, root: "error", from: response.body,
                                               as: errorFormat, what: "error")
        return HTTPFailure.error(for: response, account: account, message: payload?.message)
    }

    private func orderAnswer(_ response: APIResponse, what: String) async throws -> Order {
        let payload = try AdilityReader.order(from: response.body, as: format, what: what)
        let order = AdilityMapping.order(payload, account: account, raw: PayloadDecoder.text(response.body), now: Date())
        return AdilityMapping.named(order, offers: await offers(ids: payload.items.compactMap(\.offerID)).offers)
    }

    private func offerPayload(id: String) async throws -> AdilityOfferPayload {
        let response = try await call(APIRequest(.get, "/offers/\(try Self.pathSegment(id))"))
        return try AdilityReader.offer(from: response.body, as: format, what: "offer \(id)")
    }

    /// The offers of `ids`, each looked up once, and the lookups that failed ("offer X: why"):
    /// a side lookup, so one that fails leaves its items named by offer id and unpriced, and
    /// never stops the order from being read.
    private func offers(ids: [String]) async -> (offers: [String: AdilityOfferPayload], failures: [String]) {
        var offers: [String: AdilityOfferPayload] = [:]
        var failures: [String] = []
        for id in Set(ids).sorted() where !id.isEmpty {
            do {
                offers[id] = try await offerPayload(id: id)
            } catch {
                failures.append("offer \(id): \(OrderError.wrapping(error).message)")
            }
        }
        return (offers, failures)
    }

    private static func pathSegment(_ id: String) throws -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove("/")
        guard !id.isEmpty, let escaped = id.addingPercentEncoding(withAllowedCharacters: allowed) else {
            throw OrderError.rejected(detail: "'\(id)' is not an Adility id")
        }
        return escaped
    }
}
