import Foundation
import Hummingbird
import OrderKit
import Providers
import Testing

/// Unreachable hosts, 5xx, malformed bodies and slow answers all become one-line `OrderError`s.
@Suite struct TransportFailureTests {
    /// One misbehaving server for the whole run.
    private static let misbehaving = Task { await startMisbehavingServer() }

    /// A misbehaving server: each path answers badly in its own way.
    private static func startMisbehavingServer() async -> Int {
        let router = Router()
        router.get("garbage/api/orders") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: "{\"Id\": ")))
        }
        router.get("wrongshape/api/orders") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"],
                     body: .init(byteBuffer: ByteBuffer(string: #"[{"Id": "x"}]"#)))
        }
        router.get("broken/api/orders") { _, _ in
            Response(status: .serviceUnavailable, body: .init(byteBuffer: ByteBuffer(string: "<html>upstream down</html>")))
        }
        router.get("slow/api/orders") { _, _ -> Response in
            try await Task.sleep(for: .seconds(3))
            return Response(status: .ok)
        }
        return await LocalServer.start(router)
    }

    private func client(_ base: String, timeout: TimeInterval = 10) -> WhiteLabelClient {
        WhiteLabelClient(transport: HTTPTransport(account: "broken-acct", baseURL: base, timeout: timeout),
                         credentials: .token("t"))
    }

    /// An answer with no message of its own is named by its status once, not twice
    /// ("The provider failed (HTTP 500): HTTP 500.").
    @Test func aStatusWithoutAMessageIsSaidOnce() {
        let failed = HTTPFailure.error(for: APIResponse(status: 503), account: "a", message: nil)
        #expect(failed.message == "The provider failed (HTTP 503). Retry later.")
        let said = HTTPFailure.error(for: APIResponse(status: 503), account: "a", message: "Maintenance until 02:00.")
        #expect(said.message == "The provider failed (HTTP 503): Maintenance until 02:00. Retry later.")
        let odd = HTTPFailure.error(for: APIResponse(status: 418), account: "a", message: nil)
        #expect(odd.message == "Unexpected error: HTTP 418.")
        let oddSaid = HTTPFailure.error(for: APIResponse(status: 418), account: "a", message: "teapot")
        #expect(oddSaid.message == "Unexpected error: HTTP 418: teapot.")
    }

    @Test func closedPortIsUnreachable() async throws {
        do {
            _ = try await client("http://127.0.0.1:1").orders(stage: .all)
            Issue.record("a closed port answered")
        } catch let error as OrderError {
            guard case .unreachable(let account, _) = error else { Issue.record("got \(error)"); return }
            #expect(account == "broken-acct")
            #expect(!error.message.contains("\n"))
        }
    }

    @Test func badAnswersBecomeOneLineErrors() async throws {
        let origin = "http://127.0.0.1:\(await Self.misbehaving.value)"
        await #expect(throws: OrderError.malformedResponse(detail: "order list: not JSON")) {
            try await client(origin + "/garbage").orders(stage: .all)
        }
        // A list whose order lacks what a reader needs is still read: the order is shown
        // with that field unknown, never the whole list refused.
        let tolerated = try await client(origin + "/wrongshape").orderList(stage: .all)
        #expect(tolerated.orders.map(\.id) == ["x"])
        #expect(tolerated.orders.first?.degraded["Status"] == "absent")
        await #expect(throws: OrderError.serverFailure(status: 503, detail: "HTTP 503")) {
            try await client(origin + "/broken").orders(stage: .all)
        }
        do {
            _ = try await client(origin + "/slow", timeout: 0.5).orders(stage: .all)
            Issue.record("a slow answer did not time out")
        } catch let error as OrderError {
            guard case .timedOut = error else { Issue.record("got \(error)"); return }
        }
    }
}
