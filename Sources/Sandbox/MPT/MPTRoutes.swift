import Foundation
import Hummingbird

/// The Marketplace commerce API (seed 004) under `/mpt/public/v1`, paths as the document
/// prints them. Every refusal is RFC 7807 problem details.
///
/// Beyond the document, the sandbox serves `GET /accounts/licensees` (what a Purchase order
/// can be for), `GET /catalog/items` (what it can buy; items carry no price, as in the API),
/// `GET /commerce/agreements` and `GET /commerce/subscriptions` (what Change and Termination
/// orders act on), in the same list envelope as orders; the real API has these collections
/// too. Reads leave out what the API omits unless `select` asks for it; writes answer with
/// the whole object. The one demo token acts as
/// buyer and, for `query`, `complete` and `fail`, as vendor.
struct MPTRoutes {
    let book: MPTBook

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("mpt/public/v1")
        api.get("accounts/licensees") { request, _ in
            await respond(request) { try JSONReply.encode(MPTPage(book.licensees(), offset: 0, limit: MPTQuery.maximumLimit)) }
        }
        api.get("catalog/items") { request, _ in
            await respond(request) { try JSONReply.encode(MPTPage(book.catalog(), offset: 0, limit: MPTQuery.maximumLimit)) }
        }
        api.get("commerce/agreements") { request, _ in
            await respond(request) {
                try JSONReply.encode(book.agreements(try MPTQuery(raw: request.uri.query, filterable: ["id", "status"],
                                                                  sortable: ["id"])))
            }
        }
        api.get("commerce/subscriptions") { request, _ in
            await respond(request) {
                try JSONReply.encode(book.subscriptions(try MPTQuery(raw: request.uri.query,
                                                                     filterable: ["id", "status", "agreement.id"],
                                                                     sortable: ["id"])))
            }
        }
        api.get("commerce/orders") { request, _ in
            await respond(request) { try JSONReply.encode(book.orders(try MPTQuery(raw: request.uri.query))) }
        }
        api.post("commerce/orders") { request, _ in
            await respond(request) {
                try JSONReply.encode(try book.create(try await JSONReply.decode(MPTOrderBody.self, from: request)),
                                     status: .created)
            }
        }
        api.get("commerce/orders/:orderId") { request, context in
            await respond(request) {
                try JSONReply.encode(try book.order(try orderID(context)).selected(MPTSelect(query: request.uri.query)))
            }
        }
        api.put("commerce/orders/:orderId") { request, context in
            await respond(request) {
                let body = try await JSONReply.decode(MPTOrderBody.self, from: request)
                return try JSONReply.encode(try book.update(try orderID(context), body))
            }
        }
        api.delete("commerce/orders/:orderId") { request, context in
            await respond(request) {
                try book.delete(try orderID(context))
                return JSONReply.empty()
            }
        }
        api.post("commerce/orders/:orderId/validate") { request, context in
            await respond(request) { try JSONReply.encode(try book.validate(try orderID(context))) }
        }
        api.post("commerce/orders/:orderId/quote") { request, context in
            await respond(request) { try JSONReply.encode(try book.quote(try orderID(context))) }
        }
        api.post("commerce/orders/:orderId/process") { request, context in
            await respond(request) { try JSONReply.encode(try book.process(try orderID(context))) }
        }
        api.post("commerce/orders/:orderId/query") { request, context in
            await respond(request) {
                let body = try await optionalBody(request)
                return try JSONReply.encode(try book.query(try orderID(context), body))
            }
        }
        api.post("commerce/orders/:orderId/complete") { request, context in
            await respond(request) { try JSONReply.encode(try book.complete(try orderID(context))) }
        }
        api.post("commerce/orders/:orderId/fail") { request, context in
            await respond(request) {
                let body = try await optionalBody(request)
                return try JSONReply.encode(try book.fail(try orderID(context), body))
            }
        }
    }

    /// Transition bodies may be empty; the book says when something was needed.
    private func optionalBody(_ request: Request) async throws -> MPTOrderBody {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        guard buffer.readableBytes > 0 else { return .empty }
        do {
            return try JSONReply.decoder.decode(MPTOrderBody.self, from: Data(buffer.readableBytesView))
        } catch {
            throw SandboxRefusal.badRequest("The request body is not the expected JSON: \(DecodingErrorSummary.describe(error)).")
        }
    }

    private func orderID(_ context: BasicRequestContext) throws -> String {
        guard let id = context.parameters.get("orderId") else { throw MPTProblem.notFound("Name an order.") }
        return id
    }

    /// Checks the bearer token, runs the route, and renders any refusal as problem details.
    private func respond(_ request: Request, _ body: () async throws -> Response) async -> Response {
        let problem: MPTProblem
        do {
            let header = request.headers[.authorization]
            try book.authorize(bearer: header.flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil })
            return try await body()
        } catch let refusal as MPTProblem {
            problem = refusal
        } catch let refusal as SandboxRefusal {
            problem = MPTProblem(status: refusal.status, detail: refusal.message)
        } catch {
            problem = MPTProblem(status: .internalServerError, detail: "Internal error.")
        }
        let traceID = "00-" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased() + "-01"
        var response = (try? JSONReply.encode(problem.body(traceID: traceID), status: problem.status))
            ?? JSONReply.empty(status: problem.status)
        response.headers[.contentType] = "application/problem+json"
        if problem.status == .unauthorized {
            response.headers[.wwwAuthenticate] = "Bearer error=\"invalid_token\""
        }
        return response
    }
}
