import Foundation
import OrderKit

/// The Adobe VIP Marketplace partner API v3 client (seed 002) for one customer of the
/// reseller: order history, orders, placing a local cart as a NEW order, pricing it with a
/// PREVIEW, and cancelling by a RETURN of every line; line forms, returns of chosen
/// quantities, the external reference and detail sections are in `AdobeClient+Operations`.
///
/// Every request carries the bearer token, the API key, a fresh `X-Request-Id` and an
/// `X-Correlation-Id`. Order-creating requests send the same correlation id a second time
/// only after a timeout with no answer, so that Adobe replays the first answer instead of
/// creating a second order.
public struct AdobeClient: OrderProvider {
    public let kind = ProviderKind.adobe
    public let account: String
    /// No server-side drafts: the console composes a local cart and places it in one request.
    public let capabilities = Capabilities(previewPrice: true, cancelOrder: true, returnOrder: true)
    /// Twice the total timeout: a request cut off may still reach the provider until then.
    public var answerWindow: TimeInterval { 2 * transport.transport.timeout }
    private let transport: AuthorizedTransport
    private let apiKey: String
    /// Read once per client: every order and line would otherwise ask for them again.
    private let company = SharedFetch<String>()
    private let names = SharedFetch<[String: String]>()
    let customerID: String
    let currency: String
    /// The time the 14-day return window is measured against (the sandbox's clock in tests).
    let now: @Sendable () -> Date

    /// Adobe's history pages hold at most this many orders.
    static let pageSize = 100
    /// How long after its creation a NEW or RENEWAL order may be returned.
    static let returnWindow: TimeInterval = 14 * 24 * 3600

    /// - Parameters:
    ///   - bearer: the IMS access token, or the client-credentials grant that gets one;
    ///     sent as `Authorization: Bearer`.
    ///   - apiKey: the integration's API key, sent as `X-Api-Key`.
    ///   - customerID: the Adobe customer this account orders for (config `customer_id`).
    ///   - currency: the price list the catalog is read from.
    ///   - now: the current time, against which returns are offered within 14 days.
    public init(transport: HTTPTransport, bearer: BearerSource, apiKey: String, customerID: String,
                currency: String = "USD", now: @escaping @Sendable () -> Date = { Date() }) {
        self.now = now
        self.transport = AuthorizedTransport(transport: transport, source: bearer)
        account = transport.account
        self.apiKey = apiKey
        self.customerID = customerID
        self.currency = currency
    }

    var ordersPath: String { "/v3/customers/\(customerID)/orders" }

    // MARK: Reading

    /// Placed orders only: a PREVIEW is never stored, and carts live in the Store.
    public func orderList(stage: OrderStage) async throws -> OrderList {
        guard stage != .draft else { return OrderList(orders: []) }
        let entries = try await history()
        let customerName = try await companyName()
        let now = Date()
        return OrderList(orders: entries.compactMap { entry in
            var order = AdobeMapping.order(entry.payload, account: account, customerName: customerName, now: now)
            order?.rawPayload = entry.raw
            return order
        })
    }

    public func order(id: String) async throws -> Order {
        let (payload, response) = try await orderPayload(id: id)
        guard var order = AdobeMapping.order(payload, account: account, customerName: try await companyName(),
                                             raw: response.body) else {
            throw OrderError.malformedResponse(detail: "order \(id): Adobe answered a preview, not an order")
        }
        order.items = await named(order.items)
        return order
    }

    public func items(orderID: String) async throws -> [OrderItem] {
        let (payload, _) = try await orderPayload(id: orderID)
        return await named(payload.lineItems.map { AdobeMapping.item($0, order: payload) })
    }

    /// Lines carry only an offer id: the price list names them, and when it cannot be read
    /// the id stands in rather than failing the order.
    private func named(_ items: [OrderItem]) async -> [OrderItem] {
        guard let names = try? await offerNames() else { return items }
        return items.map { item in
            var named = item
            named.name = names[item.offerID] ?? item.name
            return named
        }
    }

    /// Beyond the document: the partner price list (`POST /v3/pricelist`).
    public func offers() async throws -> [Offer] {
        let body = try JSONEncoder().encode(AdobePriceListRequestPayload(region: "NA", marketSegment: "COM",
                                                                         priceListType: "STANDARD", currency: currency))
        let response = try await call(APIRequest(.post, "/v3/pricelist", body: body))
        let payload = try PayloadDecoder.decode(AdobePriceListPayload.self, from: response, what: "price list")
        return payload.offers.map { AdobeMapping.offer($0, currency: payload.currency) }
    }

    /// The one configured customer, named as Adobe knows it.
    public func customers() async throws -> [Customer] {
        [Customer(id: customerID, name: try await companyName())]
    }

    // MARK: Placing

    /// Sends the cart as a NEW order. The answer is 1002 (pending); the order settles to
    /// 1000 or a failure code later, so poll `order(id:)`.
    public func place(cart: LocalCart) async throws -> Order {
        let request = try orderRequest(cart, type: "NEW", externalReferenceID: AdobeCartReference.externalReferenceID(for: cart))
        let response = try await create(request, correlationID: AdobeCartReference.correlationID(for: cart))
        let payload = try PayloadDecoder.decode(AdobeOrderPayload.self, from: response, what: "new order")
        guard let order = AdobeMapping.order(payload, account: account, customerName: cart.customerName,
                                             raw: response.body) else {
            throw OrderError.malformedResponse(detail: "new order: Adobe answered without an order id")
        }
        return order
    }

    /// A PREVIEW with `fetch-price=true`: Adobe prices the cart and stores nothing.
    public func preview(cart: LocalCart) async throws -> Quote {
        let request = try orderRequest(cart, type: "PREVIEW", externalReferenceID: nil)
        let response = try await create(request, query: [("fetch-price", "true")], correlationID: UUID().uuidString)
        let payload = try PayloadDecoder.decode(AdobeOrderPayload.self, from: response, what: "preview")
        let names = Dictionary(cart.lines.enumerated().map { ($0.offset + 1, $0.element.name) }) { first, _ in first }
        return AdobeMapping.quote(payload, names: names)
    }

    /// Cancels by a RETURN of every line not yet returned; Adobe accepts returns of NEW and
    /// RENEWAL orders placed within 14 days. Answers the returned order, now 1008.
    public func cancel(orderID: String) async throws -> Order {
        let (original, _) = try await orderPayload(id: orderID)
        let lines = original.lineItems.filter { $0.returnable > 0 }.map {
            AdobeOrderRequestPayload.Line(extLineItemNumber: $0.extLineItemNumber, offerId: $0.offerId, quantity: $0.returnable)
        }
        guard !lines.isEmpty else {
            throw OrderError.conflict(detail: "order \(orderID) has nothing left to return")
        }
        let body = AdobeOrderRequestPayload(orderType: "RETURN", referenceOrderId: orderID, lineItems: lines)
        _ = try await create(try JSONEncoder().encode(body), correlationID: UUID().uuidString)
        return try await order(id: orderID)
    }

    public func idempotencyKey(for cart: LocalCart) -> String {
        AdobeCartReference.externalReferenceID(for: cart)
    }

    /// The newest order whose `externalReferenceId` is the key — a NEW order from a cart or a
    /// RETURN from the operations menu — searched through the whole history (Adobe has no
    /// filter for it).
    public func findPlaced(idempotencyKey: String) async throws -> Order? {
        guard let payload = try await history().map(\.payload)
            .first(where: { $0.externalReferenceId == idempotencyKey }) else { return nil }
        return AdobeMapping.order(payload, account: account, customerName: try await companyName())
    }

    // MARK: Requests

    private func orderRequest(_ cart: LocalCart, type: String, externalReferenceID: String?) throws -> Data {
        let lines = cart.lines.enumerated().map { position, line in
            AdobeOrderRequestPayload.Line(extLineItemNumber: position + 1, offerId: line.offerID, quantity: line.quantity,
                                          currencyCode: AdobeLineForm.value(AdobeLineForm.currencyKey, of: line),
                                          deploymentId: AdobeLineForm.value(AdobeLineForm.deploymentKey, of: line),
                                          discountCode: AdobeLineForm.value(AdobeLineForm.discountKey, of: line))
        }
        return try JSONEncoder().encode(AdobeOrderRequestPayload(externalReferenceId: externalReferenceID,
                                                                 orderType: type, lineItems: lines))
    }

    /// Every page of the history, newest first, following `links.next` to the end; each
    /// order with its own payload as received, for the detail view and the operations menu.
    private func history(query: [(String, String)] = []) async throws -> [(payload: AdobeOrderPayload, raw: String?)] {
        var request: APIRequest? = APIRequest(.get, ordersPath,
                                              query: [("limit", String(Self.pageSize)), ("offset", "0")] + query)
        var visited = Set<String>()
        var orders: [(payload: AdobeOrderPayload, raw: String?)] = []
        while let page = request, visited.insert(page.pathAndQuery).inserted {
            let response = try await call(page)
            let payload = try PayloadDecoder.decode(AdobeOrderHistoryPayload.self, from: response, what: "order history")
            let raws = PayloadDecoder.elements(of: response.body, key: "items")
            orders += payload.items.enumerated().map { ($1, raws.count == payload.items.count ? raws[$0] : nil) }
            request = payload.links?.next.flatMap { Self.request(following: $0.uri) }
        }
        return orders
    }

    /// The request a `links.next` URI names (a path under the API base, with its query).
    private static func request(following uri: String) -> APIRequest? {
        guard let components = URLComponents(string: uri), !components.path.isEmpty else { return nil }
        return APIRequest(.get, components.path, query: (components.queryItems ?? []).map { ($0.name, $0.value ?? "") })
    }

    func orderPayload(id: String) async throws -> (AdobeOrderPayload, APIResponse) {
        let response = try await call(APIRequest(.get, "\(ordersPath)/\(id)"))
        return (try PayloadDecoder.decode(AdobeOrderPayload.self, from: response, what: "order \(id)"), response)
    }

    func companyName() async throws -> String {
        try await company.value { [self] in
            let response = try await call(APIRequest(.get, "/v3/customers/\(customerID)"))
            return try PayloadDecoder.decode(AdobeCustomerPayload.self, from: response, what: "customer")
                .companyProfile.companyName
        }
    }

    /// Product names by offer id, from the price list.
    func offerNames() async throws -> [String: String] {
        try await names.value { [self] in
            Dictionary(try await offers().map { ($0.id, $0.name) }) { first, _ in first }
        }
    }

    /// Posts an order under one correlation id; after a timeout with no answer it sends the
    /// same id once more (with a new request id), on any answer never.
    func create(_ body: Data, query: [(String, String)] = [], correlationID: String) async throws -> APIResponse {
        let request = APIRequest(.post, ordersPath, query: query, body: body)
        do {
            return try await call(request, correlationID: correlationID)
        } catch OrderError.timedOut {
            return try await call(request, correlationID: correlationID)
        }
    }

    /// Sends with Adobe's headers; a fresh correlation id unless the caller holds one.
    func call(_ request: APIRequest, correlationID: String = UUID().uuidString) async throws -> APIResponse {
        var attempt = request
        attempt.headers += [("X-Api-Key", apiKey),
                            ("X-Correlation-Id", correlationID), ("X-Request-Id", UUID().uuidString),
                            ("Accept", "application/json")]
        if request.body != nil { attempt.headers.append(("Content-Type", "application/json")) }
        let response = try await transport.send(attempt)
        guard response.isSuccess else { throw failure(response) }
        return response
    }

    /// The provider's message with its code, so that a user can quote it to Adobe support.
    private func failure(_ response: APIResponse) -> OrderError {
        let payload = try? JSONDecoder().decode(AdobeErrorPayload.self, from: response.body)
        let message = payload.flatMap { payload in
            payload.message.map { message in payload.code.map { "\(message) (Adobe code \($0))" } ?? message }
                ?? payload.code.map { "Adobe code \($0)" }
        }
        return HTTPFailure.error(for: response, account: account, message: message)
    }
}
