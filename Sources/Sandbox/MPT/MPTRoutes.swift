import Foundation
import Hummingbird

/// The Marketplace commerce API (seed 004) under `/mpt/public/v1`, paths as the document
/// prints them. Every refusal is RFC 7807 problem details.
///
/// Beyond the document, the sandbox serves `GET /accounts/licensees` (what a Purchase order
/// can be for), `GET /catalog/authorizations` (the one authorization and product it is sold
/// under), `GET /catalog/items` (what it can buy; items carry no price, as in the API),
/// `GET /commerce/agreements` and `GET /commerce/subscriptions` (what Change and Termination
/// orders act on), in the same list envelope as orders; the real API has these collections
/// too. Reads leave out what the API omits unless `select` asks for it; writes answer with
/// the whole object. It also serves what the official Python client calls on these objects:
/// agreements and subscriptions by id, `template` and `render` as text, `notify`, and the
/// vendor's subscriptions of a processing order. The one demo token acts as buyer and, for
/// `query`, `complete`, `fail` and order subscriptions, as vendor.
struct MPTRoutes {
    let book: MPTBook

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("mpt/public/v1")
        api.get("accounts/licensees") { request, _ in
            await respond(request) { try JSONReply.encode(MPTPage(book.licensees(), offset: 0, limit: MPTQuery.maximumLimit)) }
        }
        api.get("catalog/authorizations") { request, _ in
            await respond(request) {
                let authorization = MPTAuthorization(id: MPTSeed.authorization.id, name: MPTSeed.authorization.name ?? "",
                                                     product: MPTSeed.product, currency: MPTSeed.currency)
                return try JSONReply.encode(MPTPage([authorization], offset: 0, limit: MPTQuery.maximumLimit))
            }
        }
        api.get("catalog/items") { request, _ in
            await respond(request) { try JSONReply.encode(MPTPage(book.catalog(), offset: 0, limit: MPTQuery.maximumLimit)) }
        }
        registerCollection("commerce/agreements", on: api, fields: Self.agreementFields, list: book.agreements,
                           one: book.agreement, render: MPTDocument.render)
        api.get("commerce/agreements/:id/template") { request, context in
            await respond(request) { MPTDocument.response(MPTDocument.template(of: try book.agreement(try id(context)))) }
        }
        registerCollection("commerce/subscriptions", on: api, fields: Self.subscriptionFields, list: book.subscriptions,
                           one: book.subscription, render: MPTDocument.render)
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
        registerOrderDocuments(on: api)
        registerOrderSubscriptions(on: api)
        registerChanges(on: api)
    }

    /// Agreements as operations make them by hand, subscriptions as the vendor does.
    private func registerChanges(on api: RouterGroup<BasicRequestContext>) {
        api.post("commerce/agreements") { request, _ in
            await respond(request) {
                let body = try await JSONReply.decode(MPTAgreementBody.self, from: request)
                return try JSONReply.encode(try book.createAgreement(body), status: .created)
            }
        }
        api.put("commerce/agreements/:id") { request, context in
            await respond(request) {
                let body = try await JSONReply.decode(MPTAgreementBody.self, from: request)
                return try JSONReply.encode(try book.updateAgreement(try id(context), body))
            }
        }
        api.post("commerce/subscriptions") { request, _ in
            await respond(request) {
                let body = try await JSONReply.decode(MPTSubscriptionBody.self, from: request)
                return try JSONReply.encode(try book.createSubscription(body), status: .created)
            }
        }
        api.put("commerce/subscriptions/:id") { request, context in
            await respond(request) {
                let body = try await JSONReply.decode(MPTSubscriptionBody.self, from: request)
                return try JSONReply.encode(try book.updateSubscription(try id(context), body))
            }
        }
        api.post("commerce/subscriptions/:id/terminate") { request, context in
            await respond(request) { try JSONReply.encode(try book.terminateSubscription(try id(context))) }
        }
    }

    /// A collection the buyer reads: the list (filtered, sorted and paged on `fields`), one
    /// object by id (with `select`), and the object rendered as text.
    private func registerCollection<Value: MPTSelectable>(
        _ path: String, on api: RouterGroup<BasicRequestContext>, fields: [String],
        list: @escaping @Sendable (MPTQuery) -> MPTPage<MPTSelected<Value>>,
        one: @escaping @Sendable (String) throws -> Value, render: @escaping @Sendable (Value) -> String
    ) {
        api.get(RouterPath(path)) { request, _ in
            await respond(request) {
                try JSONReply.encode(list(try MPTQuery(raw: request.uri.query, filterable: fields, sortable: fields)))
            }
        }
        api.get(RouterPath(path + "/:id")) { request, context in
            await respond(request) { try JSONReply.encode(try one(try id(context)).selected(MPTSelect(query: request.uri.query))) }
        }
        api.get(RouterPath(path + "/:id/render")) { request, context in
            await respond(request) { MPTDocument.response(render(try one(try id(context)))) }
        }
    }

    private func registerOrderDocuments(on api: RouterGroup<BasicRequestContext>) {
        api.get("commerce/orders/:orderId/template") { request, context in
            await respond(request) { MPTDocument.response(MPTDocument.template(of: try book.order(try orderID(context)))) }
        }
        api.get("commerce/orders/:orderId/render") { request, context in
            await respond(request) { MPTDocument.response(MPTDocument.render(try book.order(try orderID(context)))) }
        }
        api.post("commerce/orders/:orderId/notify") { request, context in
            await respond(request) {
                _ = try book.order(try orderID(context))
                return JSONReply.empty()
            }
        }
    }

    /// The vendor's subscriptions of a processing order.
    private func registerOrderSubscriptions(on api: RouterGroup<BasicRequestContext>) {
        let path = "commerce/orders/:orderId/subscriptions"
        api.get(RouterPath(path)) { request, context in
            await respond(request) {
                let query = try MPTQuery(raw: request.uri.query, filterable: Self.subscriptionFields,
                                         sortable: Self.subscriptionFields)
                return try JSONReply.encode(try book.orderSubscriptions(try orderID(context), query))
            }
        }
        api.post(RouterPath(path)) { request, context in
            await respond(request) {
                let body = try await JSONReply.decode(MPTSubscriptionBody.self, from: request)
                return try JSONReply.encode(try book.createOrderSubscription(try orderID(context), body), status: .created)
            }
        }
        api.get(RouterPath(path + "/:id")) { request, context in
            await respond(request) {
                let subscription = try book.orderSubscription(try orderID(context), try id(context))
                return try JSONReply.encode(subscription.selected(MPTSelect(query: request.uri.query)))
            }
        }
        api.put(RouterPath(path + "/:id")) { request, context in
            await respond(request) {
                let body = try await JSONReply.decode(MPTSubscriptionBody.self, from: request)
                return try JSONReply.encode(try book.updateOrderSubscription(try orderID(context), try id(context), body))
            }
        }
        api.delete(RouterPath(path + "/:id")) { request, context in
            await respond(request) {
                try book.deleteOrderSubscription(try orderID(context), try id(context))
                return JSONReply.empty()
            }
        }
    }

    private static let agreementFields = ["id", "name", "status", "licensee.id", "product.id"]
    private static let subscriptionFields = ["id", "name", "status", "agreement.id"]

    private func id(_ context: BasicRequestContext) throws -> String {
        guard let id = context.parameters.get("id") else { throw MPTProblem.notFound("Name an object by its id.") }
        return id
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
