import Foundation
import OrderKit

/// The white-label reseller API v3 client (seed 001): OAuth password grant, drafts, items,
/// checkout, execution status, custom fields and characteristics.
public struct WhiteLabelClient: OrderProvider {
    public let kind = ProviderKind.whitelabel
    public let account: String
    public let capabilities: Capabilities
    /// Twice the total timeout: a request cut off may still reach the provider until then.
    public var answerWindow: TimeInterval { 2 * transport.transport.timeout }
    private let transport: AuthorizedTransport
    private let forbiddenReadDelays: [TimeInterval]

    /// The most pages of one collection read, so a server that never says "last page"
    /// cannot keep the client reading.
    static let maximumPages = 1000

    /// - Parameters:
    ///   - freeEdition: a Free-edition reseller may only read, so the client says so up
    ///     front instead of letting the user meet a 403.
    ///   - forbiddenReadDelays: the pauses before each retry of a read answered 403, which
    ///     the platform also sends when it rate-limits; writes are never retried.
    public init(transport: HTTPTransport, credentials: BearerSource, freeEdition: Bool = false,
                forbiddenReadDelays: [TimeInterval] = [1, 2, 4]) {
        self.transport = AuthorizedTransport(transport: transport, source: credentials)
        self.forbiddenReadDelays = forbiddenReadDelays
        account = transport.account
        capabilities = Capabilities(
            serverSideDrafts: true, deleteItem: true, customFields: true, characteristics: true,
            draftLifetimeDays: 7,
            readOnlyReason: freeEdition ? "Free-edition resellers may only read orders" : nil)
    }

    // MARK: Reading

    public func orderList(stage: OrderStage) async throws -> OrderList {
        let stageName = switch stage {
        case .draft: "Draft"
        case .confirmed: "Confirmed"
        case .all: "All"
        }
        let read = try await collection("/api/orders", query: [("stage", stageName)], what: "order list")
        var list = WhiteLabelReader.orderList(from: read.elements, account: account, pages: read.pages)
        list.stoppedEarly = read.stoppedEarly
        return list
    }

    public func order(id: String) async throws -> Order {
        let orderID = try Self.number(id, what: "order")
        async let itemsRead = collection("/api/orders/\(orderID)/items", what: "items of order \(id)")
        let response = try await call(APIRequest(.get, "/api/orders/\(orderID)"))
        var order = try WhiteLabelReader.order(from: response.body, account: account, what: "order \(id)")
        order.items = WhiteLabelReader.items(from: (try await itemsRead).elements, orderStatus: order.status)
        return order
    }

    public func items(orderID: String) async throws -> [OrderItem] {
        let id = try Self.number(orderID, what: "order")
        return WhiteLabelReader.items(from: try await collection("/api/orders/\(id)/items",
                                                                 what: "items of order \(orderID)").elements)
    }

    public func item(orderID: String, itemID: String) async throws -> OrderItem {
        let response = try await call(APIRequest(
            .get, "/api/orders/\(try Self.number(orderID, what: "order"))/items/\(try Self.number(itemID, what: "item"))"))
        return try WhiteLabelReader.item(from: response.body, what: "item \(itemID)")
    }

    public func offers() async throws -> [Offer] {
        let products = try await collection("/api/products", what: "catalog").elements
        return WhiteLabelReader.each(products, WhiteLabelReader.product).map(WhiteLabelMapping.offer)
    }

    public func customers() async throws -> [Customer] {
        let accounts = try await collection("/api/accounts", what: "accounts").elements
        return WhiteLabelReader.each(accounts, WhiteLabelReader.account).map { Customer(id: $0.id, name: $0.name) }
    }

    public func executionStatus(orderID: String) async throws -> ExecutionStatus {
        let id = try Self.number(orderID, what: "order")
        let response = try await call(APIRequest(.get, "/api/orders/\(id)/execute/status"))
        let payload = try WhiteLabelReader.execution(from: response.body, what: "execution status of order \(orderID)")
        return ExecutionStatus(orderID: payload.orderID, status: payload.status,
                               phase: WhiteLabelMapping.phase(status: payload.status),
                               message: payload.message)
    }

    public func customFields(orderID: String) async throws -> [CustomField] {
        let id = try Self.number(orderID, what: "order")
        let response = try await call(APIRequest(.get, "/api/orders/\(id)/customfields"))
        return try WhiteLabelReader.fields(from: response.body, what: "custom fields")
            .map(WhiteLabelMapping.field)
    }

    /// The order's custom fields as they are saved, so the detail view shows them without
    /// opening the form; a required one still empty is marked.
    public func details(orderID: String) async throws -> [DetailSection] {
        let fields = try await customFields(orderID: orderID).filter { !$0.hidden }
        guard !fields.isEmpty else { return [] }
        return [DetailSection(title: "Custom fields", rows: fields.map { field in
            let missing = field.required && field.value.isEmpty
            return DetailSection.Row(field.name, missing ? "required, empty (e to fill in)" : field.displayValue,
                                     tone: field.error != nil || missing ? .warning : .normal)
        })]
    }

    public func characteristics(orderID: String, itemID: String) async throws -> [CustomField] {
        let path = "/api/orders/\(try Self.number(orderID, what: "order"))/items/\(try Self.number(itemID, what: "item"))/characteristics"
        let response = try await call(APIRequest(.get, path))
        return try WhiteLabelReader.fields(from: response.body, what: "characteristics")
            .map(WhiteLabelMapping.field)
    }

    // MARK: Writing

    public func createDraft(customerID: String) async throws -> Order {
        let accountID = try Self.number(customerID, what: "customer account")
        let response = try await call(APIRequest(.post, "/api/orders", body: try Self.json(["AccountID": accountID])))
        return try WhiteLabelReader.order(from: response.body, account: account, what: "new draft")
    }

    public func addItem(orderID: String, offerID: String, quantity: Int) async throws -> OrderItem {
        let id = try Self.number(orderID, what: "order")
        let body = try JSONSerialization.data(withJSONObject: ["ProductId": offerID, "Quantity": quantity])
        let response = try await call(APIRequest(.post, "/api/orders/\(id)/items", body: body))
        return try WhiteLabelReader.item(from: response.body, what: "new item")
    }

    public func deleteItem(orderID: String, itemID: String) async throws {
        let path = "/api/orders/\(try Self.number(orderID, what: "order"))/items/\(try Self.number(itemID, what: "item"))"
        _ = try await call(APIRequest(.delete, path))
    }

    public func place(orderID: String) async throws -> Order {
        let id = try Self.number(orderID, what: "order")
        let response = try await call(APIRequest(.post, "/api/orders/\(id)/checkout"))
        return try WhiteLabelReader.order(from: response.body, account: account, what: "checkout")
    }

    public func updateCustomFields(orderID: String, fields: [CustomField]) async throws -> [CustomField] {
        let id = try Self.number(orderID, what: "order")
        let body = try JSONEncoder().encode(fields.map(WhiteLabelMapping.payload))
        let response = try await call(APIRequest(.put, "/api/orders/\(id)/customfields", body: body))
        return try WhiteLabelReader.fields(from: response.body, what: "custom fields")
            .map(WhiteLabelMapping.field)
    }

    public func updateCharacteristics(orderID: String, itemID: String,
                                      fields: [CustomField]) async throws -> [CustomField] {
        let path = "/api/orders/\(try Self.number(orderID, what: "order"))/items/\(try Self.number(itemID, what: "item"))/characteristics"
        let body = try JSONEncoder().encode(fields.map(WhiteLabelMapping.payload))
        let response = try await call(APIRequest(.put, path, body: body))
        return try WhiteLabelReader.fields(from: response.body, what: "characteristics")
            .map(WhiteLabelMapping.field)
    }

    // MARK: Transport

    /// Every page of a collection: a bare array is the whole of it; an envelope is followed
    /// page by page as its metadata says (`WhiteLabelPage`). The first request carries no
    /// paging parameters, so a server that does not page is asked nothing it does not know.
    private func collection(_ path: String, query: [(String, String)] = [],
                            what: String) async throws -> (elements: [JSONValue], pages: PagesRead, stoppedEarly: String?) {
        var elements: [JSONValue] = []
        var pageQuery = query
        var page = 1
        while true {
            let read = try WhiteLabelPage(body: try await call(APIRequest(.get, path, query: pageQuery)).body,
                                          what: page == 1 ? what : "\(what), page \(page)")
            elements += read.elements
            guard read.hasMore(after: page, seen: elements.count) else {
                return (elements, PagesRead(read: page, total: read.totalPages), nil)
            }
            guard page < Self.maximumPages else {
                return (elements, PagesRead(read: page, total: read.totalPages), "stopped after \(page) pages")
            }
            page += 1
            pageQuery = query + [("page", String(page))] + (read.pageSize.map { [("pageSize", String($0))] } ?? [])
        }
    }

    /// Sends with the bearer token (renewed once on a 401) and JSON headers. A read answered
    /// 403 is tried again after each of `forbiddenReadDelays` (or the `Retry-After` the
    /// answer gives, up to a minute): the platform rate-limits with 403 too.
    private func call(_ request: APIRequest) async throws -> APIResponse {
        var attempt = request
        attempt.headers.append(("Accept", "application/json"))
        if request.body != nil { attempt.headers.append(("Content-Type", "application/json")) }
        var response = try await transport.send(attempt)
        let delays = request.method == .get ? forbiddenReadDelays : []
        for delay in delays where response.status == 403 {
            let asked = response.header("Retry-After").flatMap { TimeInterval($0) }.map { min($0, 60) }
            try await Task.sleep(for: .seconds(asked ?? delay))
            response = try await transport.send(attempt)
        }
        guard response.isSuccess else { throw failure(response, retried: delays.count) }
        return response
    }

    private func failure(_ response: APIResponse, retried: Int) -> OrderError {
        let payload = try? FlexibleDate.jsonDecoder().decode(WhiteLabelErrorPayload.self, from: response.body)
        let message = payload?.message ?? payload?.errorDescription
        guard response.status == 403, retried > 0 else {
            return HTTPFailure.error(for: response, account: account, message: message)
        }
        let said = HTTPFailure.oneLine(message).map { "\($0); " } ?? ""
        return .forbidden(detail: "\(said)forbidden or rate-limited (still 403 after \(retried) retries): wait a minute and retry, or ask the platform admin for this API user's read permissions")
    }

    private static func number(_ id: String, what: String) throws -> Int {
        guard let number = Int(id) else {
            throw OrderError.rejected(detail: "'\(id)' is not a whitelabel \(what) id (they are numbers)")
        }
        return number
    }

    private static func json(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object)
    }
}
