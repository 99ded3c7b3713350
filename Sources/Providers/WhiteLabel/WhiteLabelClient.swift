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

    /// - Parameter freeEdition: a Free-edition reseller may only read, so the client says
    ///   so up front instead of letting the user meet a 403.
    public init(transport: HTTPTransport, credentials: BearerSource, freeEdition: Bool = false) {
        self.transport = AuthorizedTransport(transport: transport, source: credentials)
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
        let response = try await call(APIRequest(.get, "/api/orders", query: [("stage", stageName)]))
        return try WhiteLabelReader.orderList(from: response.body, account: account)
    }

    public func order(id: String) async throws -> Order {
        let orderID = try Self.number(id, what: "order")
        async let itemsResponse = call(APIRequest(.get, "/api/orders/\(orderID)/items"))
        let response = try await call(APIRequest(.get, "/api/orders/\(orderID)"))
        var order = try WhiteLabelReader.order(from: response.body, account: account, what: "order \(id)")
        order.items = try WhiteLabelReader.items(from: (try await itemsResponse).body, orderStatus: order.status,
                                                 what: "items of order \(id)")
        return order
    }

    public func items(orderID: String) async throws -> [OrderItem] {
        let id = try Self.number(orderID, what: "order")
        let response = try await call(APIRequest(.get, "/api/orders/\(id)/items"))
        return try WhiteLabelReader.items(from: response.body, what: "items of order \(orderID)")
    }

    public func item(orderID: String, itemID: String) async throws -> OrderItem {
        let response = try await call(APIRequest(
            .get, "/api/orders/\(try Self.number(orderID, what: "order"))/items/\(try Self.number(itemID, what: "item"))"))
        return try WhiteLabelReader.item(from: response.body, what: "item \(itemID)")
    }

    public func offers() async throws -> [Offer] {
        let response = try await call(APIRequest(.get, "/api/products"))
        return try PayloadDecoder.decode([WhiteLabelProductPayload].self, from: response, what: "catalog")
            .map(WhiteLabelMapping.offer)
    }

    public func customers() async throws -> [Customer] {
        let response = try await call(APIRequest(.get, "/api/accounts"))
        return try PayloadDecoder.decode([WhiteLabelAccountPayload].self, from: response, what: "accounts")
            .map { Customer(id: String($0.id), name: $0.name) }
    }

    public func executionStatus(orderID: String) async throws -> ExecutionStatus {
        let id = try Self.number(orderID, what: "order")
        let response = try await call(APIRequest(.get, "/api/orders/\(id)/execute/status"))
        let payload = try PayloadDecoder.decode(WhiteLabelExecutionPayload.self, from: response,
                                                what: "execution status of order \(orderID)")
        return ExecutionStatus(orderID: String(payload.orderID), status: payload.status,
                               phase: WhiteLabelMapping.phase(status: payload.status),
                               message: payload.message)
    }

    public func customFields(orderID: String) async throws -> [CustomField] {
        let id = try Self.number(orderID, what: "order")
        let response = try await call(APIRequest(.get, "/api/orders/\(id)/customfields"))
        return try PayloadDecoder.decode([WhiteLabelFieldPayload].self, from: response, what: "custom fields")
            .map(WhiteLabelMapping.field)
    }

    public func characteristics(orderID: String, itemID: String) async throws -> [CustomField] {
        let path = "/api/orders/\(try Self.number(orderID, what: "order"))/items/\(try Self.number(itemID, what: "item"))/characteristics"
        let response = try await call(APIRequest(.get, path))
        return try PayloadDecoder.decode([WhiteLabelFieldPayload].self, from: response, what: "characteristics")
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
        return try PayloadDecoder.decode([WhiteLabelFieldPayload].self, from: response, what: "custom fields")
            .map(WhiteLabelMapping.field)
    }

    public func updateCharacteristics(orderID: String, itemID: String,
                                      fields: [CustomField]) async throws -> [CustomField] {
        let path = "/api/orders/\(try Self.number(orderID, what: "order"))/items/\(try Self.number(itemID, what: "item"))/characteristics"
        let body = try JSONEncoder().encode(fields.map(WhiteLabelMapping.payload))
        let response = try await call(APIRequest(.put, path, body: body))
        return try PayloadDecoder.decode([WhiteLabelFieldPayload].self, from: response, what: "characteristics")
            .map(WhiteLabelMapping.field)
    }

    // MARK: Transport

    /// Sends with the bearer token (renewed once on a 401) and JSON headers.
    private func call(_ request: APIRequest) async throws -> APIResponse {
        var attempt = request
        attempt.headers.append(("Accept", "application/json"))
        if request.body != nil { attempt.headers.append(("Content-Type", "application/json")) }
        let response = try await transport.send(attempt)
        guard response.isSuccess else { throw failure(response) }
        return response
    }

    private func failure(_ response: APIResponse) -> OrderError {
        let payload = try? FlexibleDate.jsonDecoder().decode(WhiteLabelErrorPayload.self, from: response.body)
        return HTTPFailure.error(for: response, account: account,
                                 message: payload?.message ?? payload?.errorDescription)
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
