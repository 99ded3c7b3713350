import Foundation
import Hummingbird

/// The Adility Distribution API (seed 003) under `/adility`, paths as the document prints
/// them. Every call needs `X-ADILITY-API-KEY`; bodies and answers are JSON or XML by
/// `Content-Type` / `Accept`. Errors answer `{"error": {"message": "…"}}` or
/// `<error><message>…</message></error>`, in the format the caller accepts.
///
/// A body is read strictly in the format its `Content-Type` names. The seed's XML cancel
/// sample labels its XML body `application/json`; taken literally that is unreadable JSON
/// and refused as such, so the client always labels its body with its real format.
///
/// Beyond the document, and only with `undocumentedLists` (else 404, as a real account
/// answers): `GET /orders` lists orders newest first with `page` (from 1) and `per_page`
/// (1–100, default 25), the total in `X-Total-Count`, and finds one by `order_number`.
struct AdilityRoutes {
    let book: AdilityBook
    let undocumentedLists: Bool

    private static let apiKeyHeader = HTTPFields.Element.Name("X-ADILITY-API-KEY")!
    private static let totalCountHeader = HTTPFields.Element.Name("X-Total-Count")!

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("adility")
        api.get("offers") { request, _ in
            await respond(request) { type in
                let query = request.uri.queryParameters
                let area = try AdilitySearchArea.parse { query.get($0) }
                return try AdilityReply.encode(AdilityElements(book.offers(in: area)), root: "offers", as: type)
            }
        }
        api.get("offers/:offerId") { request, context in
            await respond(request) { type in
                try AdilityReply.encode(try book.offer(id: try parameter("offerId", context)), root: "offer", as: type)
            }
        }
        api.put("offers/:offerId/vouchers/:voucherId") { request, context in
            await respond(request) { type in
                let update = try await AdilityReply.decode(AdilityStatusUpdate.self, root: "voucher", from: request)
                let voucher = try book.cancelVoucher(offerID: try parameter("offerId", context),
                                                     id: try parameter("voucherId", context), to: update)
                return try AdilityReply.encode(voucher, root: "voucher", as: type)
            }
        }
        if undocumentedLists { registerList(on: api) }
        api.post("orders") { request, _ in
            await respond(request) { type in
                let placement = try await AdilityReply.decode(AdilityPlacement.self, root: "order", from: request)
                return try AdilityReply.encode(try book.place(placement), root: "order", as: type, status: .created)
            }
        }
        api.get("orders/:orderId") { request, context in
            await respond(request) { type in
                try AdilityReply.encode(try book.order(id: try parameter("orderId", context)), root: "order", as: type)
            }
        }
        api.put("orders/:orderId") { request, context in
            await respond(request) { type in
                let id = try parameter("orderId", context)
                let update = try await AdilityReply.decode(AdilityStatusUpdate.self, root: "order", from: request)
                return try AdilityReply.encode(try book.update(id: id, to: update), root: "order", as: type)
            }
        }
    }

    /// `GET /orders`, which the reference does not publish: a paged list, or the order with an `order_number`.
    private func registerList(on api: RouterGroup<BasicRequestContext>) {
        api.get("orders") { request, _ in
            await respond(request) { type in
                let query = request.uri.queryParameters
                let page = try number(query.get("page"), name: "page") ?? 1
                let perPage = try number(query.get("per_page"), name: "per_page") ?? AdilityBook.defaultPageSize
                let found = try book.orders(orderNumber: query.get("order_number"), page: page, perPage: perPage)
                return try AdilityReply.encode(AdilityElements(found.orders), root: "orders", as: type,
                                               headers: [Self.totalCountHeader: String(found.total)])
            }
        }
    }

    private struct ErrorBody: Encodable {
        var message: String
    }

    private func parameter(_ name: String, _ context: BasicRequestContext) throws -> String {
        guard let value = context.parameters.get(name) else {
            throw SandboxRefusal.notFound("The path names no \(name).")
        }
        return value
    }

    private func number(_ text: String?, name: String) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text) else { throw SandboxRefusal.badRequest("\(name) must be a whole number.") }
        return value
    }

    /// Checks the API key, runs the route, and renders any refusal as the provider's error.
    private func respond(_ request: Request, _ body: (AdilityMediaType) async throws -> Response) async -> Response {
        let type = AdilityReply.responseType(for: request)
        do {
            try book.authenticate(apiKey: request.headers[Self.apiKeyHeader])
            return try await body(type)
        } catch let refusal as SandboxRefusal {
            return (try? AdilityReply.encode(ErrorBody(message: refusal.message), root: "error", as: type,
                                             status: refusal.status))
                ?? Response(status: refusal.status)
        } catch {
            return (try? AdilityReply.encode(ErrorBody(message: "Internal error."), root: "error", as: type,
                                             status: .internalServerError))
                ?? Response(status: .internalServerError)
        }
    }
}
