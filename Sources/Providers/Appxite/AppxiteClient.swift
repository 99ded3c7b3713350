import Foundation
import OrderKit

/// The Appxite Order API 3.1 client (seed 000): cart orders, `place_order` and
/// `create_quote` operations, order status and item cancellation; item forms, cart
/// operations and approvals are in `AppxiteClient+Operations`.
///
/// Appxite has no empty server-side draft: the console composes a `LocalCart`, and
/// `place(cart:)` adds every line to one cart order (each line's id is its order item id)
/// and then runs `place_order`. The optional read-cache headers are never sent: the cache
/// is shared across the whole company (PROVIDERS.md).
public struct AppxiteClient: OrderProvider {
    public let kind = ProviderKind.appxite
    public let account: String
    public let capabilities: Capabilities
    /// Twice the total timeout: a request cut off may still reach the provider until then.
    public var answerWindow: TimeInterval { 2 * transport.transport.timeout }
    /// Where every call goes; links in answers are followed only below it.
    var baseURL: String { transport.transport.baseURL }
    private let transport: AuthorizedTransport
    private let organizationID: String
    private let organizationName: String?
    private let headers: [(String, String)]
    /// This login may approve or reject orders waiting for manual approval (config `approver`).
    let approver: Bool
    /// Where line forms come from (config `line_forms`): the catalog's form schema, or the
    /// keys and values of each cart line as the user typed them from the portal.
    let lineForms: LineFormSource

    static let apiVersion = "3.1"
    /// Orders asked for per page of the (undocumented) list, and the most pages read.
    static let pageSize = 100
    static let maximumPages = 1000
    static let placeOrder = "place_order"
    static let createQuote = "create_quote"
    static let delete = "delete"
    static let update = "update"
    static let scheduleOrder = "schedule_order"

    /// - Parameters:
    ///   - bearer: the access token, or the client-credentials grant (client id and secret)
    ///     that gets one.
    ///   - subscriptionKey: the portal's API subscription key (`Ocp-Apim-Subscription-Key`).
    ///   - organizationID: the organization orders are placed in (`X-On-Behalf-Of`).
    ///   - organizationName: what to call it on screen; the API has no name for it.
    ///   - referer: the portal URL purchases are made from (`Referer`).
    ///   - approver: whether this login may approve or reject manual-approval orders; the
    ///     console offers those operations only then.
    ///   - lineForms: `.catalog` reads each offer's form from `GET /products` (the sandbox's);
    ///     `.templates` sends each line's typed keys and values, for an account without one.
    public init(transport: HTTPTransport, bearer: BearerSource, subscriptionKey: String, organizationID: String,
                referer: String, approver: Bool = false, organizationName: String? = nil,
                lineForms: LineFormSource = .catalog) {
        self.transport = AuthorizedTransport(transport: transport, source: bearer)
        account = transport.account
        self.organizationID = organizationID
        self.organizationName = organizationName
        self.approver = approver
        self.lineForms = lineForms
        capabilities = Capabilities(serverSideDrafts: false, previewPrice: true, cancelItem: true, lineForms: lineForms)
        headers = [("Ocp-Apim-Subscription-Key", subscriptionKey),
                   ("api-version", Self.apiVersion), ("X-On-Behalf-Of", organizationID), ("Referer", referer),
                   ("Accept", "application/json")]
    }

    // MARK: Reading

    /// Every page of `GET /orders`, newest first; drafts are the cart orders. Each order is
    /// read on its own: one that cannot be read is listed as unreadable, with its place.
    /// Beyond the reference (which publishes no list): pages end at `TotalCount` when the
    /// answer gives one, else at the first short page.
    public func orderList(stage: OrderStage) async throws -> OrderList {
        var orders: [Order] = []
        var unreadable: [UnreadableOrder] = []
        var stoppedEarly: String?
        var position = 1
        var page = 1
        let now = Date()
        while true {
            guard let response = try await callIfPresent(APIRequest(.get, "/orders", query: [
                ("page", String(page)), ("pageSize", String(Self.pageSize)),
            ])) else {
                throw OrderError.unsupported(detail: "account '\(account)' has no order list (GET /orders is missing): set order_list = \"known\" in its [[accounts]] entry to follow its orders by id (ordercon track)")
            }
            let batch = try AppxiteReader.page(from: response.body, firstPosition: position) { mapped($0, now: now) }
            if page > 1, let first = batch.orders.first, orders.contains(where: { $0.id == first.id }) {
                stoppedEarly = "page \(page) repeats orders already read: the server ignores paging"
                page -= 1
                break
            }
            orders += batch.orders
            unreadable += batch.unreadable
            position += batch.count
            if batch.count == 0 || batch.total.map({ position > $0 }) ?? (batch.count < Self.pageSize) { break }
            guard page < Self.maximumPages else {
                stoppedEarly = "stopped after \(page) pages"
                break
            }
            page += 1
        }
        return OrderList(orders: orders.filter { order in
            switch stage {
            case .draft: order.phase == .cart
            case .confirmed: order.phase != .cart
            case .all: true
            }
        }, unreadable: unreadable, pages: PagesRead(read: page), stoppedEarly: stoppedEarly)
    }

    public func order(id: String) async throws -> Order {
        let response = try await call(APIRequest(.get, "/orders/\(try Self.pathSegment(id))"))
        let payload = try AppxiteReader.order(from: response.body, what: "order \(id)")
        return mapped(payload, raw: response.body)
    }

    /// The order's provisioning status, with the vendor's explanation when it failed.
    public func executionStatus(orderID: String) async throws -> ExecutionStatus {
        let payload = try await payload(orderID: orderID)
        return ExecutionStatus(orderID: payload.id, status: payload.status,
                               phase: AppxiteMapping.phase(status: payload.status), message: payload.statusMessage)
    }

    public func items(orderID: String) async throws -> [OrderItem] {
        try await order(id: orderID).items
    }

    /// The catalog, where the account reads one; an account on form templates has none to
    /// list, and says how a line is added instead.
    public func offers() async throws -> [Offer] {
        guard lineForms == .catalog else {
            throw OrderError.unsupported(detail: "account '\(account)' lists no catalog (line_forms = \"templates\"): add a line by its offer id from the portal, with the keys and values of the portal's request")
        }
        return try await catalog().map(AppxiteMapping.offer)
    }

    /// The one organization this account acts for.
    public func customers() async throws -> [Customer] {
        [Customer(id: organizationID, name: organizationName ?? organizationID)]
    }

    func mapped(_ payload: AppxiteOrderPayload, raw: Data? = nil, now: Date = Date()) -> Order {
        AppxiteMapping.order(payload, account: account, customerName: organizationName, raw: raw, now: now)
    }

    // MARK: Placing

    /// Adds the cart's lines to one cart order and places it. Sending the same cart again
    /// does not buy twice: an order already holding the first line's item id is reused,
    /// and returned as it is once placed.
    public func place(cart: LocalCart) async throws -> Order {
        guard let first = cart.lines.first else {
            throw OrderError.rejected(detail: "the cart is empty; add a line before placing")
        }
        var current = try await orderHolding(itemID: idempotencyKey(for: cart)) ?? nil
        if let current, AppxiteMapping.phase(status: current.status) != .cart {
            return mapped(current)
        }
        let forms = try await forms(for: cart.lines)
        for line in cart.lines where !(current?.items.contains { $0.id == line.id } ?? false) {
            current = try await addToCart(line, form: forms[line.id]!, orderID: current?.id)
        }
        let order = current!
        let item = order.items.first { $0.id == first.id } ?? order.items[0]
        return try await run(Self.placeOrder, on: order, item: item)
    }

    /// Places an existing cart order (a seeded or earlier cart) through its first item.
    public func place(orderID: String) async throws -> Order {
        let order = try await payload(orderID: orderID)
        guard let item = order.items.first else {
            throw OrderError.rejected(detail: "cart order \(orderID) has no items to place")
        }
        return try await run(Self.placeOrder, on: order, item: item)
    }

    /// Prices the cart with `create_quote` on a throwaway cart order (fresh item ids), which
    /// is deleted again whatever the quote's outcome.
    public func preview(cart: LocalCart) async throws -> Quote {
        guard !cart.lines.isEmpty else {
            throw OrderError.rejected(detail: "the cart is empty; add a line before pricing")
        }
        let forms = try await forms(for: cart.lines)
        var scratch: AppxiteOrderPayload?
        do {
            for line in cart.lines {
                var quoted = line
                quoted.id = UUID().uuidString.lowercased()
                scratch = try await addToCart(quoted, form: forms[line.id]!, orderID: scratch?.id)
            }
            let order = scratch!
            let quote = try await quote(of: order)
            try await discard(order)
            return quote
        } catch {
            if let scratch { try? await discard(scratch) }
            throw error
        }
    }

    /// Prices a cart order (a seeded one, or one an interrupted placement left) with its own
    /// `create_quote`; nothing is placed.
    public func quote(orderID: String) async throws -> Quote {
        try await quote(of: try await payload(orderID: orderID))
    }

    /// `POST /orders/cancel`: disables the item's subscription; the provider deletes nothing.
    public func cancelItem(orderID: String, itemID: String) async throws -> Order {
        let response = try await call(APIRequest(.post, "/orders/cancel", query: [("orderitemid", itemID)]))
        let payload = try AppxiteReader.order(from: response.body, what: "cancellation")
        return mapped(payload, raw: response.body)
    }

    /// The first line's order item id: it is generated once per line and kept with the cart.
    public func idempotencyKey(for cart: LocalCart) -> String {
        cart.lines.first?.id ?? cart.id
    }

    /// The order holding the order item id, in the cart or placed.
    /// Throws when the account has no order lookup: "not found" would invite buying twice.
    public func findPlaced(idempotencyKey: String) async throws -> Order? {
        guard let found = try await orderHolding(itemID: idempotencyKey) else {
            throw OrderError.unsupported(detail: "this Appxite account has no order lookup (GET /orders is missing); look for order item \(idempotencyKey) in the portal before placing again")
        }
        return found.map { mapped($0) }
    }

    // MARK: Steps

    /// `GET /products`, which the reference does not publish: a 404 or 405 says which
    /// setting lets the account work without it.
    func catalog() async throws -> [AppxiteOfferPayload] {
        guard let response = try await callIfPresent(APIRequest(.get, "/products")) else {
            throw OrderError.unsupported(detail: "account '\(account)' has no catalog (GET /products is missing): set line_forms = \"templates\" in its [[accounts]] entry to type each line's keys and values from the portal")
        }
        return try PayloadDecoder.decode([AppxiteOfferPayload].self, from: response, what: "catalog")
    }

    /// Each line's form data: from its typed keys and values on a templates account, else
    /// built from its offer's catalog form.
    private func forms(for lines: [CartLine]) async throws -> [String: AppxiteFormData] {
        if lineForms == .templates {
            var forms: [String: AppxiteFormData] = [:]
            for line in lines { forms[line.id] = try AppxiteKeyedForm.formData(line.parameters, offerID: line.offerID) }
            return forms
        }
        let offers = try await catalog()
        var forms: [String: AppxiteFormData] = [:]
        for line in lines {
            guard let offer = offers.first(where: { $0.id == line.offerID }) else {
                throw OrderError.rejected(detail: "offer \(line.offerID) (\(line.name)) is not in the Appxite catalog")
            }
            forms[line.id] = try AppxiteFormBuilder.form(for: line, offer: offer)
        }
        return forms
    }

    func payload(orderID: String) async throws -> AppxiteOrderPayload {
        let response = try await call(APIRequest(.get, "/orders/\(try Self.pathSegment(orderID))"))
        return try AppxiteReader.order(from: response.body, what: "order \(orderID)")
    }

    /// The order holding `itemID`, through the list's `orderitemid` filter. The filter is not
    /// in the reference, so it is never trusted: an order counts only when it really holds
    /// the item (read again by id when the list answer carries no items). A server that
    /// ignores the filter thus finds nothing, instead of someone else's order. Nil when the
    /// account has no list to look in (404, 405), `.some(nil)` when no order holds the item.
    private func orderHolding(itemID: String) async throws -> AppxiteOrderPayload?? {
        guard let response = try await callIfPresent(APIRequest(.get, "/orders", query: [("orderitemid", itemID),
                                                                                          ("pageSize", "1")])) else {
            return nil
        }
        let list = try ListElements.elements(of: response.body, keys: ["Items"], matching: .anyCase,
                                             what: "order lookup").list
        for element in list {
            guard var object = TolerantObject(element, matching: .anyCase),
                  var candidate = try? AppxiteReader.order(&object) else { continue }
            if candidate.items.isEmpty { candidate = try await payload(orderID: candidate.id) }
            if candidate.items.contains(where: { $0.id == itemID }) { return .some(candidate) }
        }
        return .some(nil)
    }

    private func addToCart(_ line: CartLine, form: AppxiteFormData, orderID: String?) async throws -> AppxiteOrderPayload {
        let body = try Self.json(AppxiteCartAddition(orderID: orderID, offerID: line.offerID, itemID: line.id, formData: form))
        let response = try await call(APIRequest(.post, "/orders/", body: body))
        return try AppxiteReader.order(from: response.body, what: "cart order")
    }

    func run(_ operation: String, on order: AppxiteOrderPayload, item: AppxiteItemPayload,
             formData: AppxiteFormData? = nil, scheduledFor: Date? = nil) async throws -> Order {
        try Self.require(operation, allowedBy: order)
        let body = try Self.json(try AppxiteOperationRequest(operation: operation, order: order, item: item,
                                                             formData: formData, scheduledFor: scheduledFor))
        let response = try await call(APIRequest(.post, "/orders/operation", body: body))
        let payload = try AppxiteReader.order(from: response.body, what: "\(operation) answer")
        return mapped(payload, raw: response.body)
    }

    private func quote(of order: AppxiteOrderPayload) async throws -> Quote {
        try Self.require(Self.createQuote, allowedBy: order)
        guard let item = order.items.first else {
            throw OrderError.rejected(detail: "cart order \(order.id) has no items to quote")
        }
        let response = try await call(APIRequest(.post, "/orders/operation", body: try Self.json(
            try AppxiteOperationRequest(operation: Self.createQuote, order: order, item: item))))
        return AppxiteMapping.quote(try AppxiteReader.quote(from: response.body, what: "quote"))
    }

    /// Deletes every item of a cart order; the order goes with its last item.
    private func discard(_ order: AppxiteOrderPayload) async throws {
        for item in order.items {
            let body = try Self.json(try AppxiteOperationRequest(operation: Self.delete, order: order, item: item))
            _ = try await call(APIRequest(.post, "/orders/operation", body: body))
        }
    }

    /// Operations are taken from the order's own list, as the document says.
    static func require(_ operation: String, allowedBy order: AppxiteOrderPayload) throws {
        guard order.operations.contains(operation) else {
            let allowed = order.operations.isEmpty ? "none" : order.operations.joined(separator: ", ")
            throw OrderError.conflict(detail: "order \(order.id) is \(order.status) and does not offer \(operation) (allowed: \(allowed))")
        }
    }

    // MARK: Transport

    func call(_ request: APIRequest) async throws -> APIResponse {
        try checked(try await send(request))
    }

    /// A call to an endpoint the reference does not publish: nil when the account has none
    /// (404 or 405), so the client works without it.
    func callIfPresent(_ request: APIRequest) async throws -> APIResponse? {
        let response = try await send(request)
        return [404, 405].contains(response.status) ? nil : try checked(response)
    }

    private func send(_ request: APIRequest) async throws -> APIResponse {
        var attempt = request
        attempt.headers += headers
        if request.body != nil { attempt.headers.append(("Content-Type", "application/json")) }
        return try await transport.send(attempt)
    }

    private func checked(_ response: APIResponse) throws -> APIResponse {
        guard response.isSuccess else {
            let payload = try? JSONDecoder().decode(AppxiteErrorPayload.self, from: response.body)
            throw HTTPFailure.error(for: response, account: account, message: payload?.message)
        }
        return response
    }

    /// Dates go out as ISO 8601, as the API reads them.
    static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value)
    }

    /// Order ids go into the path as they are; anything that would change the path is refused.
    static func pathSegment(_ id: String) throws -> String {
        guard !id.isEmpty, let encoded = id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed),
              encoded == id, !id.contains("/") else {
            throw OrderError.rejected(detail: "'\(id)' is not an Appxite order id")
        }
        return id
    }
}
