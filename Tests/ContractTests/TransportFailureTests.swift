import Foundation
import Hummingbird
import Logging
import OrderKit
import Providers
import Testing

/// Unreachable hosts, 5xx, malformed bodies and slow answers all become one-line `OrderError`s.
@Suite struct TransportFailureTests {
    /// One misbehaving server for the whole run. It is never cancelled: stopping a server
    /// while its slow route still writes would trap in NIO.
    private static let misbehaving = Task { try await startMisbehavingServer() }

    /// A misbehaving server: each path answers badly in its own way.
    private static func startMisbehavingServer() async throws -> (port: Int, task: Task<Void, any Error>) {
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
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "misbehaving")
        logger.logLevel = .critical
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = stream.makeAsyncIterator()
        return (await iterator.next() ?? 0, task)
    }

    private func client(_ base: String, timeout: TimeInterval = 10) -> WhiteLabelClient {
        WhiteLabelClient(transport: HTTPTransport(account: "broken-acct", baseURL: base, timeout: timeout),
                         credentials: .token("t"))
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
        let server = try await Self.misbehaving.value
        let origin = "http://127.0.0.1:\(server.port)"
        await #expect(throws: OrderError.malformedResponse(detail: "order list: not JSON")) {
            try await client(origin + "/garbage").orders(stage: .all)
        }
        await #expect(throws: OrderError.malformedResponse(detail: "order list: wrong type at [0].Id")) {
            try await client(origin + "/wrongshape").orders(stage: .all)
        }
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
