import Foundation
import HTTPTypes
import Hummingbird

/// The Adobe VIP Marketplace partner API v3 (seed 002) under `/adobe`, paths as the
/// document prints them. Every call needs the bearer token (401), the API key (403), a JSON
/// `Accept`, an `X-Correlation-Id` (4119) and a fresh `X-Request-Id` (4120); refusals answer
/// `{"code", "message", "additionalDetails"}`.
///
/// Beside the API, `POST /adobe/ims/token/v3` stands in for Adobe IMS (another host on a
/// real account): the client-credentials grant that issues the bearer token.
///
/// It also serves the reference's `POST /v3/pricelist` (paged, by month, prices as text),
/// `GET /v3/customers/{customerId}`, `GET /v3/customers/{customerId}/deployments` (paged),
/// the subscriptions (`GET`, `POST …/subscriptions`; `GET`, `PATCH …/subscriptions/{id}`)
/// and `GET /v3/flex-discounts` (paged);
/// beyond the reference, it lets a stored order's `externalReferenceId` change by
/// `PATCH /v3/customers/{customerId}/orders/{orderId}`. Any other path or method answers 404
/// in the same error shape, never an empty body.
struct AdobeRoutes {
    let book: AdobeBook

    private static let apiKey = HTTPField.Name("X-Api-Key")!
    private static let correlationID = HTTPField.Name("X-Correlation-Id")!
    private static let requestID = HTTPField.Name("X-Request-Id")!

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("adobe")
        api.post("ims/token/v3") { request, _ in await token(request) }
        api.get("v3/customers/:customerId") { request, context in
            await respond(request) { _ in try JSONReply.encode(book.customer(try customerID(context))) }
        }
        api.post("v3/pricelist") { request, _ in
            await respond(request, carriesBody: true) { _ in
                let body = try await request.body.collect(upTo: 1 << 16)
                let query = try AdobePriceListRequest(body: Data(body.readableBytesView), query: Self.query(request))
                return try JSONReply.encode(try book.priceList(query))
            }
        }
        api.post("v3/customers/:customerId/orders") { request, context in
            await respond(request, carriesBody: true) { correlationID in
                let body = try await request.body.collect(upTo: 1 << 22)
                let reply = book.placeOrder(customerID: try customerID(context), correlationID: correlationID,
                                            body: Data(body.readableBytesView),
                                            fetchPrice: request.uri.queryParameters.get("fetch-price") == "true")
                return Self.response(reply)
            }
        }
        api.get("v3/customers/:customerId/orders") { request, context in
            await respond(request) { _ in
                let query = try AdobeHistoryQuery(Self.query(request))
                return try JSONReply.encode(try book.history(customerID: try customerID(context), query: query))
            }
        }
        api.get("v3/customers/:customerId/deployments") { request, context in
            await respond(request) { _ in
                try JSONReply.encode(try book.deployments(customerID: try customerID(context), query: Self.query(request)))
            }
        }
        api.get("v3/customers/:customerId/subscriptions") { request, context in
            await respond(request) { _ in try JSONReply.encode(try book.subscriptions(customerID: try customerID(context))) }
        }
        api.post("v3/customers/:customerId/subscriptions") { request, context in
            await respond(request, carriesBody: true) { _ in
                let body = try await request.body.collect(upTo: 1 << 16)
                return try JSONReply.encode(try book.createSubscription(customerID: try customerID(context),
                                                                        body: Data(body.readableBytesView)))
            }
        }
        api.get("v3/customers/:customerId/subscriptions/:subscriptionId") { request, context in
            await respond(request) { _ in
                try JSONReply.encode(try book.subscription(customerID: try customerID(context), id: subscriptionID(context)))
            }
        }
        api.patch("v3/customers/:customerId/subscriptions/:subscriptionId") { request, context in
            let reset = request.uri.queryParameters.get("reset-flex-discount-codes") == "true"
            return await respond(request, carriesBody: !reset) { _ in
                let body = try await request.body.collect(upTo: 1 << 16)
                return try JSONReply.encode(try book.updateSubscription(customerID: try customerID(context),
                                                                        id: subscriptionID(context),
                                                                        body: Data(body.readableBytesView),
                                                                        resetFlexDiscounts: reset))
            }
        }
        api.get("v3/flex-discounts") { request, _ in
            await respond(request) { _ in
                try JSONReply.encode(try book.flexDiscounts(try AdobeFlexDiscountQuery(Self.query(request))))
            }
        }
        api.patch("v3/customers/:customerId/orders/:orderId") { request, context in
            await respond(request, carriesBody: true) { _ in
                let body = try await request.body.collect(upTo: 1 << 16)
                let order = try book.updateReference(customerID: try customerID(context), orderID: try orderID(context),
                                                     body: Data(body.readableBytesView))
                return try JSONReply.encode(order.wire)
            }
        }
        api.get("v3/customers/:customerId/orders/:orderId") { request, context in
            await respond(request) { _ in
                let order = try book.order(customerID: try customerID(context), orderID: try orderID(context))
                return try JSONReply.encode(order.wire(priced: request.uri.queryParameters.get("fetch-price") == "true"))
            }
        }
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            api.on("**", method: method) { request, _ in
                await respond(request) { _ in
                    throw AdobeRefusal.unknownRoute(request.method.rawValue, String(request.uri.path.dropFirst("/adobe".count)))
                }
            }
        }
    }

    /// IMS's token endpoint: no partner-API headers, a form body, OAuth's error shape.
    private func token(_ request: Request) async -> Response {
        do {
            let body = try await request.body.collect(upTo: 1 << 16)
            let query = Dictionary(Self.query(request), uniquingKeysWith: { first, _ in first })
            return try JSONReply.encode(try book.ims.issue(form: FormBody.parse(String(buffer: body)), query: query))
        } catch let refusal as AdobeIMSRefusal {
            return (try? JSONReply.encode(refusal.body, status: refusal.status)) ?? JSONReply.empty(status: refusal.status)
        } catch {
            return JSONReply.empty(status: .badRequest)
        }
    }

    /// The query's parameters in order, repeated ones kept (`status=1000&status=1002`).
    private static func query(_ request: Request) -> [(String, String)] {
        request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    private func customerID(_ context: BasicRequestContext) throws -> String {
        guard let id = context.parameters.get("customerId") else { throw AdobeRefusal.invalidCustomer("") }
        return id
    }

    private func subscriptionID(_ context: BasicRequestContext) -> String {
        context.parameters.get("subscriptionId") ?? ""
    }

    private func orderID(_ context: BasicRequestContext) throws -> String {
        guard let id = context.parameters.get("orderId") else { throw AdobeRefusal.orderNotFound("") }
        return id
    }

    private static func response(_ reply: AdobeBook.Reply) -> Response {
        Response(status: reply.status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    /// Checks the headers every call needs, then answers with `body`, given the
    /// correlation id; any refusal is rendered in Adobe's error shape.
    private func respond(_ request: Request, carriesBody: Bool = false,
                         _ body: (String) async throws -> Response) async -> Response {
        do {
            let headers = request.headers
            try book.authorize(bearer: headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil },
                               apiKey: headers[Self.apiKey])
            try book.admit(correlationID: headers[Self.correlationID], requestID: headers[Self.requestID])
            guard headers[.accept]?.contains("application/json") == true else {
                throw AdobeRefusal.invalidField("Accept", "Accept must be application/json")
            }
            if carriesBody, headers[.contentType]?.contains("application/json") != true {
                throw AdobeRefusal.invalidField("Content-Type", "Content-Type must be application/json")
            }
            return try await body(headers[Self.correlationID] ?? "")
        } catch let refusal as AdobeRefusal {
            return Self.response(AdobeBook.encode(refusal))
        } catch let refusal as SandboxRefusal {
            return Self.response(AdobeBook.encode(AdobeRefusal(status: refusal.status, code: "1117",
                                                               message: refusal.message, additionalDetails: ["body"])))
        } catch {
            return Self.response(AdobeBook.encode(AdobeRefusal(status: .internalServerError, code: "500",
                                                               message: "Internal error")))
        }
    }
}
