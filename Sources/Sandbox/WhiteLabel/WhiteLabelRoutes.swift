import Foundation
import Hummingbird

/// The white-label reseller API v3 (seed 001) under `/whitelabel`, paths as the document
/// prints them. Errors answer `{"Message": "…"}`; OAuth errors answer the RFC 6749 shape.
///
/// Beyond the document, the sandbox serves `GET /api/products` (the catalog) and
/// `GET /api/accounts` (the accounts an order can be for), which the real platform also has.
/// Collections (orders, items, products, accounts) are bare arrays until the sandbox-only
/// `PUT /_sandbox/paging {"PageSize": n}` turns on the paged envelope
/// (`WhiteLabelCollectionPage`, `page` and `pageSize` query parameters).
struct WhiteLabelRoutes {
    let book: WhiteLabelBook

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("whitelabel")
        api.post("oauth/token") { request, _ in await token(request) }
        api.put("_sandbox/paging") { request, _ in
            await respond {
                try book.setPageSize(try await JSONReply.decode(PagingBody.self, from: request).pageSize ?? 0)
                return JSONReply.empty()
            }
        }
        api.get("api/products") { request, _ in
            await respond { _ = try edition(request); return try collection(book.products(), request) }
        }
        api.get("api/accounts") { request, _ in
            await respond { try collection(book.customers(try edition(request)), request) }
        }
        api.get("api/orders") { request, _ in
            await respond {
                let stage = request.uri.queryParameters.get("stage")
                return try collection(try book.orders(try edition(request), stage: stage).map(\.wire), request)
            }
        }
        api.post("api/orders") { request, _ in
            await respond {
                let edition = try edition(request)
                let body = try await JSONReply.decode(CreateOrderBody.self, from: request)
                return try JSONReply.encode(try book.createOrder(edition, accountID: body.accountID).wire,
                                            status: .created)
            }
        }
        api.get("api/orders/:orderId") { request, context in
            await respond {
                try JSONReply.encode(try book.order(try edition(request), id: try orderID(context)).wire)
            }
        }
        api.get("api/orders/:orderId/items") { request, context in
            await respond {
                try collection(try book.order(try edition(request), id: try orderID(context)).items, request)
            }
        }
        api.post("api/orders/:orderId/items") { request, context in
            await respond {
                let edition = try edition(request)
                let body = try await JSONReply.decode(AddItemBody.self, from: request)
                let item = try book.addItem(edition, orderID: try orderID(context), productID: body.productID,
                                            quantity: body.quantity)
                return try JSONReply.encode(item, status: .created)
            }
        }
        api.get("api/orders/:orderId/items/:itemId") { request, context in
            await respond {
                try JSONReply.encode(try book.item(try edition(request), orderID: try orderID(context),
                                                   itemID: try itemID(context)))
            }
        }
        api.delete("api/orders/:orderId/items/:itemId") { request, context in
            await respond {
                try book.deleteItem(try edition(request), orderID: try orderID(context), itemID: try itemID(context))
                return JSONReply.empty()
            }
        }
        api.post("api/orders/:orderId/checkout") { request, context in
            await respond {
                try JSONReply.encode(try book.checkout(try edition(request), orderID: try orderID(context)).wire,
                                     status: .accepted)
            }
        }
        api.get("api/orders/:orderId/execute/status") { request, context in
            await respond {
                try JSONReply.encode(try book.executionStatus(try edition(request), orderID: try orderID(context)))
            }
        }
        api.get("api/orders/:orderId/customfields") { request, context in
            await respond {
                try JSONReply.encode(try book.customFields(try edition(request), orderID: try orderID(context)))
            }
        }
        api.put("api/orders/:orderId/customfields") { request, context in
            await respond {
                let edition = try edition(request)
                let fields = try await JSONReply.decode([WhiteLabelField].self, from: request)
                return try JSONReply.encode(try book.updateCustomFields(edition, orderID: try orderID(context),
                                                                        fields: fields))
            }
        }
        api.get("api/orders/:orderId/items/:itemId/characteristics") { request, context in
            await respond {
                try JSONReply.encode(try book.characteristics(try edition(request), orderID: try orderID(context),
                                                              itemID: try itemID(context)))
            }
        }
        api.put("api/orders/:orderId/items/:itemId/characteristics") { request, context in
            await respond {
                let edition = try edition(request)
                let fields = try await JSONReply.decode([WhiteLabelField].self, from: request)
                return try JSONReply.encode(try book.updateCharacteristics(
                    edition, orderID: try orderID(context), itemID: try itemID(context), fields: fields))
            }
        }
    }

    private struct CreateOrderBody: Decodable {
        var accountID: Int?
        enum CodingKeys: String, CodingKey { case accountID = "AccountID" }

        init(from decoder: any Decoder) throws {
            // The document spells it AccountID; the platform also accepts AccountId.
            let container = try decoder.container(keyedBy: AnyKey.self)
            accountID = try container.decodeIfPresent(Int.self, forKey: AnyKey("AccountID"))
                ?? container.decodeIfPresent(Int.self, forKey: AnyKey("AccountId"))
        }
    }

    private struct PagingBody: Decodable {
        var pageSize: Int?
        enum CodingKeys: String, CodingKey { case pageSize = "PageSize" }
    }

    private struct AddItemBody: Decodable {
        var productID: String?
        var quantity: Int?
        enum CodingKeys: String, CodingKey { case productID = "ProductId", quantity = "Quantity" }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct OAuthError: Encodable {
        var error: String
        var errorDescription: String
        enum CodingKeys: String, CodingKey { case error, errorDescription = "error_description" }
    }

    private struct TokenReply: Encodable {
        var accessToken: String
        var tokenType = "bearer"
        var expiresIn = Int(WhiteLabelBook.tokenLifetime)
        enum CodingKeys: String, CodingKey {
            case accessToken = "access_token", tokenType = "token_type", expiresIn = "expires_in"
        }
    }

    private struct ErrorBody: Encodable {
        var message: String
        enum CodingKeys: String, CodingKey { case message = "Message" }
    }

    private func token(_ request: Request) async -> Response {
        do {
            let body = try await request.body.collect(upTo: 1 << 16)
            let form = FormBody.parse(String(buffer: body))
            let token = try book.issueToken(basic: BasicAuthorization.parse(request.headers[.authorization]),
                                            form: form)
            return try JSONReply.encode(TokenReply(accessToken: token))
        } catch let refusal as SandboxRefusal {
            var response = (try? JSONReply.encode(OAuthError(error: "invalid_client", errorDescription: refusal.message),
                                                  status: refusal.status)) ?? JSONReply.empty(status: refusal.status)
            response.headers[.wwwAuthenticate] = "Basic realm=\"whitelabel\""
            return response
        } catch {
            return JSONReply.empty(status: .badRequest)
        }
    }

    private func edition(_ request: Request) throws -> WhiteLabelEdition {
        let header = request.headers[.authorization]
        let bearer = header.flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        return try book.edition(forBearer: bearer)
    }

    /// A collection as a bare array, or, with paging on, the page the query asks for.
    private func collection<Element: Encodable>(_ all: [Element], _ request: Request) throws -> Response {
        let size = book.pageSize
        guard size > 0 else { return try JSONReply.encode(all) }
        let query = request.uri.queryParameters
        guard let page = Int(query.get("page") ?? "1"), page >= 1,
              let pageSize = Int(query.get("pageSize") ?? String(size)), (1...1000).contains(pageSize) else {
            throw SandboxRefusal.badRequest("page starts at 1 and pageSize is 1 to 1000.")
        }
        return try JSONReply.encode(WhiteLabelCollectionPage(all, page: page, pageSize: pageSize))
    }

    private func orderID(_ context: BasicRequestContext) throws -> Int {
        guard let id = context.parameters.get("orderId", as: Int.self) else {
            throw SandboxRefusal.notFound("Order ids are numbers.")
        }
        return id
    }

    private func itemID(_ context: BasicRequestContext) throws -> Int {
        guard let id = context.parameters.get("itemId", as: Int.self) else {
            throw SandboxRefusal.notFound("Order item ids are numbers.")
        }
        return id
    }

    private func respond(_ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch let refusal as SandboxRefusal {
            var response = (try? JSONReply.encode(ErrorBody(message: refusal.message), status: refusal.status))
                ?? JSONReply.empty(status: refusal.status)
            if refusal.status == .unauthorized {
                response.headers[.wwwAuthenticate] = "Bearer error=\"invalid_token\""
            }
            return response
        } catch {
            return (try? JSONReply.encode(ErrorBody(message: "Internal error."), status: .internalServerError))
                ?? JSONReply.empty(status: .internalServerError)
        }
    }
}
