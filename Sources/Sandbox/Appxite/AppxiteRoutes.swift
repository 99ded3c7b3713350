import Foundation
import Hummingbird

/// The Appxite Order API 3.1 (seed 000) under `/appxite`, paths as the document prints them.
/// Gateway refusals answer API Management's `{"statusCode", "message"}`; the API's own
/// refusals answer `{"code", "message"}`.
///
/// Beyond the document: `GET /products` (the catalog with each offer's form; 404 for the
/// portal organization, as a real account answers), `GET /orders`
/// (a paged list, filterable by `orderitemid`; only with `undocumentedLists`, else 404 as a
/// real account answers), `POST /orders/{orderId}/approve` and
/// `/reject` (the portal's manual approval, body `{"Reason"}` for a rejection), and the
/// sandbox-only read-cache header report under `/_sandbox`.
struct AppxiteRoutes {
    let book: AppxiteBook
    let undocumentedLists: Bool

    private static let cacheHeaderNames = ["X-Use-Cache", "X-Cache-Duration"]

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("appxite")
        api.get("products") { request, _ in
            await respond {
                guard try organization(request) != AppxiteSeed.portalOrganization else {
                    throw SandboxRefusal.notFound("No catalog is published: read the form keys from the portal's request.")
                }
                return try JSONReply.encode(book.products())
            }
        }
        if undocumentedLists { registerList(on: api) }
        api.post("orders/") { request, _ in
            await respond {
                let organization = try organization(request)
                let body = try await JSONReply.decode(AddToCartBody.self, from: request)
                let order = try book.addToCart(organization, orderID: body.orderID, offerID: body.offerID,
                                               itemID: body.itemID, formData: body.formData)
                return try JSONReply.encode(order.wire, status: .created)
            }
        }
        api.post("orders/operation") { request, _ in
            await respond {
                let organization = try organization(request)
                let call = try await JSONReply.decode(AppxiteOperationCall.self, from: request)
                switch try book.operate(organization, call) {
                case .quote(let quote): return try JSONReply.encode(quote)
                case .order(let order?): return try JSONReply.encode(order.wire)
                case .order(nil): return JSONReply.empty()
                }
            }
        }
        api.post("orders/cancel") { request, _ in
            await respond {
                let organization = try organization(request)
                return try JSONReply.encode(try book.cancel(organization,
                                                            itemID: request.uri.queryParameters.get("orderitemid")).wire)
            }
        }
        api.get("orders/:orderId") { request, context in
            await respond {
                try JSONReply.encode(try book.order(try organization(request), id: try orderID(context)).wire)
            }
        }
        api.post("orders/:orderId/approve") { request, context in
            await respond {
                try JSONReply.encode(try book.approve(try organization(request), orderID: try orderID(context)).wire)
            }
        }
        api.post("orders/:orderId/reject") { request, context in
            await respond {
                let organization = try organization(request)
                let body = try await JSONReply.decode(RejectionBody.self, from: request)
                return try JSONReply.encode(try book.reject(organization, orderID: try orderID(context),
                                                            reason: body.reason).wire)
            }
        }
        api.get("_sandbox/cache-headers") { _, _ in
            await respond { try JSONReply.encode(book.cacheReport()) }
        }
    }

    /// `GET /orders`, which the reference does not publish: a paged list, filtered by `orderitemid`.
    private func registerList(on api: RouterGroup<BasicRequestContext>) {
        api.get("orders") { request, _ in
            await respond {
                let organization = try organization(request)
                let query = request.uri.queryParameters
                let page = try number(query.get("page"), default: 1, name: "page")
                let pageSize = try number(query.get("pageSize"), default: 50, name: "pageSize")
                return try JSONReply.encode(try book.orders(organization, page: page, pageSize: pageSize,
                                                            itemID: query.get("orderitemid")))
            }
        }
    }

    private struct AddToCartBody: Decodable {
        var orderID: String?
        var offerID: String?
        var itemID: String?
        var formData: [String: AppxiteFormValue]?

        enum CodingKeys: String, CodingKey {
            case orderID = "OrderId", offerID = "OfferId", itemID = "OrderItemId", formData = "FormData"
        }
    }

    private struct RejectionBody: Decodable {
        var reason: String?

        enum CodingKeys: String, CodingKey { case reason = "Reason" }
    }

    private struct GatewayError: Encodable {
        var statusCode: Int
        var message: String
    }

    private struct APIError: Encodable {
        var code: String
        var message: String
    }

    /// Checks the required headers and returns the organization the call acts for.
    private func organization(_ request: Request) throws -> String {
        let header = { (name: String) in
            request.headers.first { $0.name.canonicalName == name.lowercased() }?.value
        }
        let headers = AppxiteCallHeaders(
            subscriptionKey: header("Ocp-Apim-Subscription-Key"), authorization: header("Authorization"),
            apiVersion: header("api-version"), onBehalfOf: header("X-On-Behalf-Of"), referer: header("Referer"),
            cacheHeaders: Self.cacheHeaderNames.filter { header($0) != nil })
        do {
            return try book.authorize(headers, call: "\(request.method.rawValue) \(request.uri.path)")
        } catch let refusal as SandboxRefusal {
            throw GatewayRefusal(refusal: refusal)
        }
    }

    /// A refusal of the gateway rather than of the API, answered in the gateway's shape.
    private struct GatewayRefusal: Error {
        var refusal: SandboxRefusal
    }

    private func number(_ text: String?, default value: Int, name: String) throws -> Int {
        guard let text else { return value }
        guard let number = Int(text) else { throw SandboxRefusal.badRequest("\(name) must be a whole number.") }
        return number
    }

    private func orderID(_ context: BasicRequestContext) throws -> String {
        guard let id = context.parameters.get("orderId") else {
            throw SandboxRefusal.notFound("The path names no order id.")
        }
        return id
    }

    private func respond(_ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch let gateway as GatewayRefusal {
            let refusal = gateway.refusal
            var response = (try? JSONReply.encode(GatewayError(statusCode: Int(refusal.status.code),
                                                               message: refusal.message), status: refusal.status))
                ?? JSONReply.empty(status: refusal.status)
            if refusal.status == .unauthorized {
                response.headers[.wwwAuthenticate] = "Bearer realm=\"appxite\""
            }
            return response
        } catch let refusal as SandboxRefusal {
            let code = switch refusal.status {
            case .notFound: "NotFound"
            case .conflict: "OperationNotAllowed"
            default: "BadRequest"
            }
            return (try? JSONReply.encode(APIError(code: code, message: refusal.message), status: refusal.status))
                ?? JSONReply.empty(status: refusal.status)
        } catch {
            return (try? JSONReply.encode(APIError(code: "InternalError", message: "Internal error."),
                                          status: .internalServerError))
                ?? JSONReply.empty(status: .internalServerError)
        }
    }
}
