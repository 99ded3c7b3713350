import Foundation
import OrderKit

/// The Adobe VIP Marketplace partner API v3 client (seed 002) for one customer of the
/// reseller: order history, orders, placing a local cart as a NEW order, pricing it with a
/// PREVIEW, and cancelling by a RETURN of every line; line forms, returns of chosen
/// quantities, the external reference and detail sections are in `AdobeClient+Operations`.
///
/// Every request carries the bearer token, the API key, a fresh `X-Request-Id` and a fresh
/// `X-Correlation-Id`: Adobe replays the first answer to a correlation id for ten days, so
/// an id is sent a second time only after a timeout with no answer at all.
///
/// Orders are read field by field (`AdobeReader`); the customer and the price list are side
/// lookups that name things, and when they fail the ids stand in.
public struct AdobeClient: OrderProvider {
    public let kind = ProviderKind.adobe
    public let account: String
    /// No server-side drafts: the console composes a local cart and places it in one request.
    public let capabilities = Capabilities(previewPrice: true, cancelOrder: true, returnOrder: true)
    /// Twice the total timeout: a request cut off may still reach the provider until then.
    public var answerWindow: TimeInterval { 2 * transport.transport.timeout }
    private let transport: AuthorizedTransport
    private let apiKey: String
    /// Read once per client: every order would otherwise ask for the customer again.
    private let profile = SharedFetch<AdobeCustomerProfile>()
    private let prices = AdobePriceCache()
    private let previewed = AdobePreviewedOffers()
    let customerID: String
    let currency: String
    /// The partner's price-list region (AP, JP, WE, LA, MX, EE, PA or NA).
    let region: String
    /// The time the 14-day return window and the price-list month are measured against
    /// (the sandbox's clock in tests).
    let now: @Sendable () -> Date

    /// Adobe's history pages hold at most this many orders, and so do price-list pages.
    static let pageSize = 100
    /// How long after its creation a NEW or RENEWAL order may be returned.
    static let returnWindow: TimeInterval = 14 * 24 * 3600
    /// Pages of a price list or a deployment list read at most, so that an answer that
    /// never ends cannot loop.
    static let maxPages = 200

    /// - Parameters:
    ///   - bearer: the IMS access token, or the client-credentials grant that gets one;
    ///     sent as `Authorization: Bearer`.
    ///   - apiKey: the integration's API key, sent as `X-Api-Key`.
    ///   - customerID: the Adobe customer this account orders for (config `customer_id`).
    ///   - currency: the price list the catalog is read from.
    ///   - region: the partner's price-list region (the account's required `region`; Adobe
    ///     refuses a region the partner does not sell in with 1161).
    ///   - now: the current time, against which returns are offered within 14 days.
    public init(transport: HTTPTransport, bearer: BearerSource, apiKey: String, customerID: String,
                currency: String = "USD", region: String = "NA", now: @escaping @Sendable () -> Date = { Date() }) {
        self.now = now
        self.transport = AuthorizedTransport(transport: transport, source: bearer)
        account = transport.account
        self.apiKey = apiKey
        self.customerID = customerID
        self.currency = currency
        self.region = region
    }

    var ordersPath: String { "/v3/customers/\(customerID)/orders" }

    // MARK: Reading

    /// Placed orders only: a PREVIEW is never stored, and carts live in the Store. The
    /// history starts at the customer's creation: without a `start-date` Adobe lists the
    /// current term only. Lines are named from the price list when it can be read.
    public func orderList(stage: OrderStage) async throws -> OrderList {
        guard stage != .draft else { return OrderList(orders: []) }
        var failures: [String] = []
        var profile: AdobeCustomerProfile?
        do {
            profile = try await customerProfile()
        } catch {
            failures.append("customer \(customerID) (name, segment, creation date): \(Self.oneLine(error))")
        }
        var names: [String: String] = [:]
        do {
            names = try await offerNames()
        } catch {
            failures.append("price list (product names): \(Self.oneLine(error))")
        }
        var list = try await history(startDate: profile?.historyStartDate, customerName: profile?.companyName,
                                     names: names)
        if profile?.historyStartDate == nil, list.stoppedEarly == nil {
            list.stoppedEarly = "the customer's creation date could not be read, so orders before the current term are not listed"
        }
        list.lookupFailures = failures
        return list
    }

    public func order(id: String) async throws -> Order {
        let response = try await call(APIRequest(.get, "\(ordersPath)/\(id)", query: [Self.fetchPrice]))
        let profile = try? await customerProfile()
        let names = (try? await offerNames()) ?? [:]
        return try AdobeReader.order(from: response.body, account: account, customerName: profile?.companyName,
                                     names: names, what: "order \(id)", now: Date())
    }

    public func items(orderID: String) async throws -> [OrderItem] {
        try await order(id: orderID).items
    }

    /// The partner price list (`POST /v3/pricelist`) of the current UTC month, or of the
    /// month before while the current one is not published (404); every page of it, read
    /// once per client and month. The customer's market segment chooses the list.
    public func offers() async throws -> [Offer] {
        let month = AdobePriceListMonth(containing: now())
        return try await prices.offers(for: month) { [self] in
            let segment = try await marketSegment()
            do {
                return try await priceList(month: month, marketSegment: segment)
            } catch OrderError.notFound {
                return try await priceList(month: month.previous, marketSegment: segment)
            }
        }
    }

    /// The one configured customer, named as Adobe knows it.
    public func customers() async throws -> [Customer] {
        [Customer(id: customerID, name: try await customerProfile().companyName ?? customerID)]
    }

    // MARK: Placing

    /// Sends the cart as a NEW order under a fresh correlation id, each line with the offer
    /// id Adobe's PREVIEW of the same cart answered (the best level the customer may buy).
    /// The answer is 1002 (pending); the order settles to 1000 or a failure code later, so
    /// poll `order(id:)`.
    public func place(cart: LocalCart) async throws -> Order {
        let request = try orderRequest(cart, type: "NEW", externalReferenceID: AdobeCartReference.externalReferenceID(for: cart),
                                       offers: try await previewedOffers(for: cart))
        let response = try await create(request)
        return try AdobeReader.order(from: response.body, account: account, customerName: cart.customerName,
                                     what: "new order", now: Date())
    }

    /// A PREVIEW with `fetch-price=true`: Adobe prices the cart and stores nothing; the
    /// offer ids it answers are kept for placing the same cart.
    public func preview(cart: LocalCart) async throws -> Quote {
        let payload = try await previewPayload(cart)
        let names = Dictionary(cart.lines.enumerated().map { ($0.offset + 1, $0.element.name) }) { first, _ in first }
        return AdobeMapping.quote(payload, names: names)
    }

    /// The PREVIEW's answer, its offer ids kept for placing the same cart.
    private func previewPayload(_ cart: LocalCart) async throws -> AdobeOrderPayload {
        let request = try orderRequest(cart, type: "PREVIEW", externalReferenceID: nil)
        let response = try await create(request, query: [Self.fetchPrice])
        let payload = try AdobeOrderPayload.read(response.body, what: "preview")
        await previewed.remember(payload.lineItems, for: cart)
        return payload
    }

    /// Cancels by a RETURN of every line not yet returned; Adobe accepts returns of NEW and
    /// RENEWAL orders placed within 14 days. Answers the returned order, now 1008.
    public func cancel(orderID: String) async throws -> Order {
        let (original, _) = try await orderPayload(id: orderID)
        let lines = original.lineItems.filter { $0.returnable > 0 }.map { line in
            AdobeOrderRequestPayload.Line(extLineItemNumber: line.extLineItemNumber, offerId: line.offerId,
                                          quantity: line.returnable,
                                          currencyCode: line.currencyCode ?? original.currencyCode,
                                          deploymentId: line.deploymentId)
        }
        guard !lines.isEmpty else {
            throw OrderError.conflict(detail: "order \(orderID) has nothing left to return")
        }
        let body = AdobeOrderRequestPayload(orderType: "RETURN", referenceOrderId: orderID, lineItems: lines)
        _ = try await create(try JSONEncoder().encode(body))
        return try await order(id: orderID)
    }

    /// The offer ids the PREVIEW of this cart, as it is now, answered; a cart not previewed
    /// by this client (`ordercon place`, a console started since) is previewed first. With
    /// no PREVIEW answer there is no NEW: guessed offer ids would buy another level than
    /// Adobe names, or be refused, so a PREVIEW whose answer was lost (no answer, 5xx,
    /// unreadable) ends the placement with nothing sent. A refused PREVIEW is that refusal.
    private func previewedOffers(for cart: LocalCart) async throws -> [Int: String] {
        if let offers = await previewed.offers(for: cart) { return offers }
        do {
            return AdobePreviewedOffers.offers(of: try await previewPayload(cart).lineItems)
        } catch let error as OrderError where Self.isLostAnswer(error) {
            var reason = Self.oneLine(error)
            if reason.hasSuffix(".") { reason.removeLast() }
            throw OrderError.notPlaced(detail: "Adobe's PREVIEW of the cart got no answer (\(reason)), and the NEW order must carry the offer ids the PREVIEW answers, so it was not sent; place the cart again")
        }
    }

    /// A failure that says nothing of what Adobe made of the request: no answer, a 5xx, an
    /// answer that could not be read.
    private static func isLostAnswer(_ error: OrderError) -> Bool {
        switch error {
        case .unreachable, .timedOut, .serverFailure, .malformedResponse, .unexpected: true
        default: false
        }
    }

    public func idempotencyKey(for cart: LocalCart) -> String {
        AdobeCartReference.externalReferenceID(for: cart)
    }

    /// The newest order whose `externalReferenceId` is the key — a NEW order from a cart or a
    /// RETURN from the operations menu — searched through the whole history (Adobe has no
    /// filter for it).
    public func findPlaced(idempotencyKey: String) async throws -> Order? {
        let profile = try? await customerProfile()
        let list = try await history(startDate: profile?.historyStartDate, customerName: profile?.companyName)
        return list.orders.first { order in
            guard let raw = order.rawPayload, case .object(let fields)? = JSONValue.parse(Data(raw.utf8)) else {
                return false
            }
            return fields["externalReferenceId"] == .string(idempotencyKey)
        }
    }

    // MARK: Requests

    /// Asks Adobe to price what it answers (only complete orders carry prices).
    static let fetchPrice = ("fetch-price", "true")

    /// The order body of the cart, lines numbered from 1; `offers` replaces a line's offer
    /// id by its number.
    private func orderRequest(_ cart: LocalCart, type: String, externalReferenceID: String?,
                              offers: [Int: String] = [:]) throws -> Data {
        let lines = cart.lines.enumerated().map { position, line in
            AdobeOrderRequestPayload.Line(extLineItemNumber: position + 1, offerId: offers[position + 1] ?? line.offerID,
                                          quantity: line.quantity,
                                          currencyCode: AdobeLineForm.value(AdobeLineForm.currencyKey, of: line),
                                          deploymentId: AdobeLineForm.value(AdobeLineForm.deploymentKey, of: line),
                                          discountCode: AdobeLineForm.value(AdobeLineForm.discountKey, of: line))
        }
        return try JSONEncoder().encode(AdobeOrderRequestPayload(externalReferenceId: externalReferenceID,
                                                                 orderType: type, lineItems: lines))
    }

    /// Every page of the history from `startDate`, newest first, with prices, following
    /// `links.next` to the end. A malformed order is listed as unreadable; a later page that
    /// cannot be read is skipped by its offset while the first page's `totalCount` says more
    /// follow, else it ends the list early and says why, as a link that cannot be followed
    /// does; only a first page that cannot be read fails the whole list.
    private func history(startDate: String?, customerName: String?,
                         names: [String: String] = [:]) async throws -> OrderList {
        let filters = [Self.fetchPrice] + (startDate.map { [("start-date", $0)] } ?? [])
        var request: APIRequest? = APIRequest(.get, ordersPath,
                                              query: [("limit", String(Self.pageSize)), ("offset", "0")] + filters)
        var visited = Set<String>()
        var list = OrderList(orders: [], pages: PagesRead(read: 0))
        var position = 1
        var paging: (total: Int, limit: Int)?
        while let page = request {
            guard visited.insert(page.pathAndQuery).inserted else {
                list.stoppedEarly = "links.next names a page already read (\(page.pathAndQuery))"
                break
            }
            let read: AdobeHistoryRead
            do {
                let response = try await call(page)
                read = try AdobeReader.historyPage(response.body, firstPosition: position, account: account,
                                                   customerName: customerName, names: names, now: Date())
            } catch {
                guard list.pages.read > 0 else { throw error }
                let number = list.pages.read + list.pages.skipped.count + 1
                let offset = page.query.last { $0.0 == "offset" }.flatMap { Int($0.1) }
                guard let paging, let offset, offset + paging.limit < paging.total else {
                    list.stoppedEarly = "page \(number) of the history could not be read: \(Self.oneLine(error))"
                    break
                }
                list.pages.skipped.append(number)
                position += paging.limit
                request = APIRequest(.get, ordersPath, query: [("limit", String(paging.limit)),
                                                               ("offset", String(offset + paging.limit))] + filters)
                continue
            }
            list.orders += read.orders
            list.unreadable += read.unreadable
            list.pages.read += 1
            position += read.count
            if paging == nil, let total = read.totalCount, let limit = read.limit, limit > 0 {
                paging = (total, limit)
                list.pages.total = max(1, (total + limit - 1) / limit)
            }
            request = nil
            if let next = read.next {
                guard let following = Self.request(following: next, keeping: filters) else {
                    list.stoppedEarly = "links.next cannot be followed: \(next)"
                    break
                }
                request = following
            }
        }
        return list
    }

    /// The request a `links.next` URI names: a path under the API root, with its query;
    /// filters the link leaves out (`fetch-price`, `start-date`) are added back, so that
    /// every page is read as the first was. Nil for a link to another host.
    private static func request(following uri: String, keeping filters: [(String, String)]) -> APIRequest? {
        guard let components = URLComponents(string: uri), components.host == nil,
              components.path.hasPrefix("/") else { return nil }
        var query = (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }
        query += filters.filter { filter in !query.contains { $0.0 == filter.0 } }
        return APIRequest(.get, components.path, query: query)
    }

    /// The order as the operations and details need it whole (lines, remaining quantities).
    func orderPayload(id: String) async throws -> (AdobeOrderPayload, APIResponse) {
        let response = try await call(APIRequest(.get, "\(ordersPath)/\(id)", query: [Self.fetchPrice]))
        return (try AdobeOrderPayload.read(response.body, what: "order \(id)"), response)
    }

    /// The customer's name, market segment and creation date, read once per client.
    func customerProfile() async throws -> AdobeCustomerProfile {
        try await profile.value { [self] in
            try AdobeCustomerProfile.read(try await call(APIRequest(.get, "/v3/customers/\(customerID)")).body)
        }
    }

    /// The company name, or nil when the customer cannot be read (the id then stands in).
    func companyName() async -> String? {
        (try? await customerProfile())?.companyName
    }

    private func marketSegment() async throws -> String {
        let profile: AdobeCustomerProfile
        do {
            profile = try await customerProfile()
        } catch {
            throw OrderError.unexpected(detail: "price list: the customer's market segment could not be read (\(Self.oneLine(error))); check customer_id")
        }
        guard let segment = profile.marketSegment else {
            throw OrderError.malformedResponse(detail: "price list: customer \(customerID) has no companyProfile.marketSegment")
        }
        return segment
    }

    /// Every page of one month's price list, following `offset` until `totalCount`.
    private func priceList(month: AdobePriceListMonth, marketSegment: String) async throws -> [Offer] {
        let body = try JSONEncoder().encode(AdobePriceListRequestPayload(region: region, marketSegment: marketSegment,
                                                                         currency: currency, priceListMonth: month.text))
        var offers: [Offer] = []
        var offset = 0
        for _ in 0..<Self.maxPages {
            let response = try await call(APIRequest(.post, "/v3/pricelist", query: [("limit", String(Self.pageSize)),
                                                                                    ("offset", String(offset))],
                                                     body: body))
            let page = try AdobePriceListPage.read(response.body, fallbackCurrency: currency)
            offers += page.offers
            offset += page.count
            guard page.count > 0, offset < page.totalCount ?? 0 else { return offers }
        }
        return offers
    }

    /// Product names by offer id, from the price list.
    func offerNames() async throws -> [String: String] {
        Dictionary(try await offers().map { ($0.id, $0.name) }) { first, _ in first }
    }

    /// Posts an order under one correlation id, fresh for this intent; after a timeout with
    /// no answer it sends the same id once more (with a new request id), on any answer never.
    func create(_ body: Data, query: [(String, String)] = [],
                correlationID: String = UUID().uuidString) async throws -> APIResponse {
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
        // A read retried after a 429 or 5xx must not replay that answer under the same id;
        // writes are never retried by the transport (a timeout resends them here, on purpose
        // with the same correlation id).
        attempt.uniquePerAttempt = ["X-Correlation-Id", "X-Request-Id"]
        let response = try await transport.send(attempt)
        guard response.isSuccess else { throw failure(response) }
        return response
    }

    /// An error as the one line a user reads.
    private static func oneLine(_ error: any Error) -> String {
        (error as? OrderError)?.message ?? error.localizedDescription
    }

    /// The provider's message with its details and code, so that a user can act on it and
    /// quote it to Adobe support.
    private func failure(_ response: APIResponse) -> OrderError {
        let payload = try? JSONDecoder().decode(AdobeErrorPayload.self, from: response.body)
        return HTTPFailure.error(for: response, account: account, message: payload?.summary)
    }
}
