import Foundation
import Hummingbird

/// Puts the injector's plan into effect around every provider route: delays, then either
/// fails the request before the book sees it, or lets the book handle it and spoils the
/// answer — the case that makes a client unsure whether its order was placed.
struct FaultMiddleware<Context: RequestContext>: RouterMiddleware {
    let injector: FaultInjector

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response {
        guard injector.faults.strikes(method: request.method.rawValue) else { return try await next(request, context) }
        let plan = injector.plan()
        await injector.pause(plan.delayBefore)
        if let fault = plan.fault, fault.side == .before {
            return await failure(fault.kind, plan: plan, spoiling: nil)
        }
        let response = try await next(request, context)
        await injector.pause(plan.delayAfter)
        if let fault = plan.fault, fault.side == .after {
            return await failure(fault.kind, plan: plan, spoiling: response)
        }
        return response
    }

    /// The faulty answer; `spoiling` is the book's real answer when it ran.
    private func failure(_ kind: FaultPlan.Kind, plan: FaultPlan, spoiling real: Response?) async -> Response {
        switch kind {
        case .tooManyRequests:
            return Self.reply(429, "Too many requests (sandbox fault); retry after 1 s.", headers: [.retryAfter: "1"])
        case .serverError:
            return Self.reply(plan.status, "Sandbox fault: the server failed (\(plan.status)).",
                              headers: plan.status == 503 ? [.retryAfter: "1"] : [:])
        case .hang:
            await injector.pause(injector.faults.hangSeconds)
            return real ?? Self.reply(504, "Sandbox fault: the upstream did not answer in time.")
        case .reset:
            let (head, body) = await Self.parts(of: real)
            let partial = body.prefix(max(1, body.count / 2))
            var headers = head.headers
            headers[.contentLength] = nil
            return Response(status: head.status, headers: headers, body: ResponseBody(contentLength: body.count + 1) { writer in
                try await writer.write(ByteBuffer(bytes: partial))
                throw SandboxConnectionReset()
            })
        case .truncated:
            let (head, body) = await Self.parts(of: real)
            var headers = head.headers
            headers[.contentLength] = nil
            return Response(status: head.status, headers: headers,
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body.prefix(body.count / 2))))
        case .malformed:
            let (head, _) = await Self.parts(of: real)
            var headers = head.headers
            headers[.contentLength] = nil
            return Response(status: head.status, headers: headers,
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "<html><body>\u{1}\u{7F}gateway garbage")))
        }
    }

    /// The real answer's head and body, or a stand-in order when the book never ran.
    private static func parts(of response: Response?) async -> (head: Response, body: Data) {
        guard let response else {
            let body = Data(#"{"id":"sandbox-fault","status":"Draft","items":[{"id":"1","quantity":1}]}"#.utf8)
            return (Response(status: .ok, headers: [.contentType: "application/json"]), body)
        }
        let collector = CollectedBody()
        try? await response.body.write(collector)
        return (response, collector.data)
    }

    private static func reply(_ status: Int, _ message: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        let body = (try? JSONSerialization.data(withJSONObject: ["code": String(status), "message": message])) ?? Data()
        return Response(status: HTTPResponse.Status(code: status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
