import Foundation
import HTTPTypes
import Hummingbird

/// The Adobe VIP Marketplace partner API v3 (seed 002) under `/adobe`, paths as the
/// document prints them. Every call needs the bearer token (401), the API key (403), a JSON
/// `Accept`, an `X-Correlation-Id` (4119) and a fresh `X-Request-Id` (4120); refusals answer
/// `{"code", "message", "additionalDetails"}`.
///
/// Beyond the document, the console needs a catalog and the customer's name, so the
/// sandbox also serves `POST /v3/pricelist` (offers with partner prices, in the style of
/// Adobe's price-list API), `GET /v3/customers/{customerId}` (the customer with its
/// company profile) and `GET /v3/customers/{customerId}/deployments`; and it lets a stored
/// order's `externalReferenceId` change by `PATCH /v3/customers/{customerId}/orders/{orderId}`.
struct AdobeRoutes {
    let book: AdobeBook

    private static let apiKey = HTTPField.Name("X-Api-Key")!
    private static let correlationID = HTTPField.Name("X-Correlation-Id")!
    private static let requestID = HTTPField.Name("X-Request-Id")!

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("adobe")
        api.get("v3/customers/:customerId") { request, context in
            await respond(request) { _ in try JSONReply.encode(book.customer(try customerID(context))) }
        }
        api.post("v3/pricelist") { request, _ in
            await respond(request, carriesBody: true) { _ in
                let body = try await JSONReply.decode(PriceListBody.self, from: request)
                let offers = try book.priceList(currency: body.currency)
                return try JSONReply.encode(AdobePriceList(currency: body.currency ?? "USD", offers: offers))
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
                var parameters: [String: String] = [:]
                for (key, value) in request.uri.queryParameters { parameters[String(key)] = String(value) }
                let query = try AdobeHistoryQuery(parameters)
                return try JSONReply.encode(try book.history(customerID: try customerID(context), query: query))
            }
        }
        api.get("v3/customers/:customerId/deployments") { request, context in
            await respond(request) { _ in try JSONReply.encode(try book.deployments(customerID: try customerID(context))) }
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
                try JSONReply.encode(try book.order(customerID: try customerID(context), orderID: try orderID(context)).wire)
            }
        }
    }

    /// The body of `POST /v3/pricelist`; only `currency` changes the answer.
    private struct PriceListBody: Decodable {
        var region: String?
        var marketSegment: String?
        var priceListType: String?
        var currency: String?

        enum CodingKeys: String, CodingKey { case region, marketSegment, priceListType, currency }
    }

    private func customerID(_ context: BasicRequestContext) throws -> String {
        guard let id = context.parameters.get("customerId") else { throw AdobeRefusal.invalidCustomer("") }
        return id
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
