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
    public let capabilities = Capabilities(cancelOrder: true, cancelNotice: AdilityClient.cancelNotice)
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
    ///   - area: limits the catalog to offers near the account's consumers; nil lists all.
    public init(transport: HTTPTransport, apiKey: String, format: AdilityFormat = .json, area: AdilityArea? = nil) {
        self.transport = transport
        account = transport.account
        self.apiKey = apiKey
        self.format = format
        self.area = area
    }

    // MARK: Reading

    /// Adility keeps no drafts, so the draft stage is always empty.
    public func orderList(stage: OrderStage) async throws -> OrderList {
        guard stage != .draft else { return OrderList(orders: []) }
        var orders: [Order] = []
        var page = 1
        while true {
            let response = try await call(APIRequest(.get, "/orders", query: [
                ("page", String(page)), ("per_page", String(Self.pageSize)),
            ]))
            let payloads = try decode(AdilityList<AdilityOrderPayload>.self, root: "orders", from: response,
                                      what: "order list").elements
            let now = Date()
            orders += payloads.map { AdilityMapping.order($0, account: account, raw: nil, now: now) }
            let total = response.header("X-Total-Count").flatMap { Int($0) } ?? orders.count
            guard !payloads.isEmpty, orders.count < total else { return OrderList(orders: orders, pages: PagesRead(read: page)) }
            page += 1
        }
    }

    public func order(id: String) async throws -> Order {
        let response = try await call(APIRequest(.get, "/orders/\(try Self.pathSegment(id))"))
        return try orderAnswer(response, what: "order \(id)")
    }

    /// One section per voucher (what the consumer redeems: code, barcode, print URL, status
    /// and expiry), so support can read a code out or resend the print link.
    public func details(orderID: String) async throws -> [DetailSection] {
        let response = try await call(APIRequest(.get, "/orders/\(try Self.pathSegment(orderID))"))
        let payload = try decode(AdilityOrderPayload.self, root: "order", from: response, what: "order \(orderID)")
        return AdilityMapping.voucherSections(payload, now: Date())
    }

    public func items(orderID: String) async throws -> [OrderItem] {
        try await order(id: orderID).items
    }

    /// The offers that can be bought now: active and in stock, so the picker never offers
    /// what the API would refuse.
    public func offers() async throws -> [Offer] {
        let response = try await call(APIRequest(.get, "/offers", query: area?.query ?? []))
        return try decode(AdilityList<AdilityOfferPayload>.self, root: "offers", from: response, what: "catalog")
            .elements
            .filter { $0.status == "active" && $0.quantityInStock > 0 }
            .map(AdilityMapping.offer)
    }

    /// One offer, whatever its status or stock, e.g. to show why it cannot be ordered.
    public func offer(id: String) async throws -> Offer {
        let response = try await call(APIRequest(.get, "/offers/\(try Self.pathSegment(id))"))
        return AdilityMapping.offer(try decode(AdilityOfferPayload.self, root: "offer", from: response,
                                               what: "offer \(id)"))
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
        return try orderAnswer(response, what: "placed order")
    }

    /// Cancelling is sending the status `cancelled`; every voucher of the order is cancelled
    /// with it. The provider refuses when a voucher was already redeemed.
    public func cancel(orderID: String) async throws -> Order {
        let body = try AdilityCodec.encode(AdilityStatusPayload.cancelled, root: "order", as: format)
        let response = try await call(APIRequest(.put, "/orders/\(try Self.pathSegment(orderID))", body: body))
        return try orderAnswer(response, what: "cancelled order \(orderID)")
    }

    /// The order placed with this `order_number`, found through the order list.
    public func findPlaced(idempotencyKey: String) async throws -> Order? {
        let response = try await call(APIRequest(.get, "/orders", query: [("order_number", idempotencyKey)]))
        let payloads = try decode(AdilityList<AdilityOrderPayload>.self, root: "orders", from: response,
                                  what: "orders numbered \(idempotencyKey)").elements
        return payloads.first { $0.orderNumber == idempotencyKey }
            .map { AdilityMapping.order($0, account: account, raw: nil, now: Date()) }
    }

    // MARK: Transport

    private func call(_ request: APIRequest) async throws -> APIResponse {
        var attempt = request
        attempt.headers += [("X-ADILITY-API-KEY", apiKey), ("Accept", format.mediaType)]
        if request.body != nil { attempt.headers.append(("Content-Type", format.mediaType)) }
        let response = try await transport.send(attempt)
        guard response.isSuccess else { throw failure(response) }
        return response
    }

    /// The provider's own message, read in whichever format the error came in.
    private func failure(_ response: APIResponse) -> OrderError {
        let errorFormat = AdilityFormat(contentType: response.header("Content-Type")) ?? format
        let payload = try? AdilityCodec.decode(AdilityErrorPayload.self, root: "error", from: response.body,
                                               as: errorFormat, what: "error")
        return HTTPFailure.error(for: response, account: account, message: payload?.message)
    }

    private func decode<T: Decodable>(_ type: T.Type, root: String, from response: APIResponse,
                                      what: String) throws -> T {
        try AdilityCodec.decode(type, root: root, from: response.body, as: format, what: what)
    }

    private func orderAnswer(_ response: APIResponse, what: String) throws -> Order {
        let payload = try decode(AdilityOrderPayload.self, root: "order", from: response, what: what)
        let raw = PayloadDecoder.text(response.body)
        return AdilityMapping.order(payload, account: account, raw: raw, now: Date())
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
