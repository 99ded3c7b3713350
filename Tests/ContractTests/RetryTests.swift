import Foundation
import HTTPTypes
import Hummingbird
import OrderKit
import Providers
import Synchronization
import Testing

/// Reads are retried on 429/502/503/504 with backoff and Retry-After; writes never are.
@Suite(.serialized) struct RetryTests {
    final class FlakyServer: Sendable {
        let hits = Mutex<[String: Int]>([:])
        let correlationIDs = Mutex<[String]>([])

        func count(_ path: String) -> Int { hits.withLock { $0[path] ?? 0 } }

        func start() async throws -> Int {
            let router = Router()
            @Sendable func hit(_ path: String) -> Int { hits.withLock { $0[path, default: 0] += 1; return $0[path]! } }
            router.get("twice-503") { _, _ -> Response in
                hit("twice-503") <= 2 ? Response(status: .serviceUnavailable) : Response(status: .ok)
            }
            router.get("retry-after") { _, _ -> Response in
                hit("retry-after") == 1 ? Response(status: .tooManyRequests, headers: [.retryAfter: "1"]) : Response(status: .ok)
            }
            router.get("replayed") { request, _ -> Response in
                self.correlationIDs.withLock { $0.append(request.headers[HTTPField.Name("X-Correlation-Id")!] ?? "") }
                return hit("replayed") == 1 ? Response(status: .serviceUnavailable) : Response(status: .ok)
            }
            router.get("always-502") { _, _ -> Response in
                _ = hit("always-502")
                return Response(status: .badGateway)
            }
            router.post("post-503") { _, _ -> Response in
                _ = hit("post-503")
                return Response(status: .serviceUnavailable)
            }
            return await LocalServer.start(router)
        }
    }

    private static let server = FlakyServer()
    private static let port = Task { try await server.start() }

    // The time budget is far above what the retries need: on a loaded machine one attempt
    // can take seconds, and a spent budget would end the retries these tests count.
    private func transport(_ retry: RetryPolicy = RetryPolicy(base: 0.05, cap: 0.2, budget: 120)) async throws -> HTTPTransport {
        HTTPTransport(account: "retry-test", baseURL: "http://127.0.0.1:\(try await Self.port.value)", retry: retry)
    }

    @Test func aReadIsRetriedUntilItSucceeds() async throws {
        let response = try await transport().send(APIRequest(.get, "/twice-503"))
        #expect(response.status == 200)
        #expect(Self.server.count("twice-503") == 3)
    }

    @Test func aRetriedReadCarriesAFreshIdInEachUniqueHeader() async throws {
        var request = APIRequest(.get, "/replayed", headers: [("X-Correlation-Id", "first")])
        request.uniquePerAttempt = ["X-Correlation-Id"]
        #expect(try await transport().send(request).status == 200)
        let ids = Self.server.correlationIDs.withLock { $0 }
        #expect(ids.count == 2)
        #expect(ids.first == "first")
        #expect(ids.last != "first" && UUID(uuidString: ids.last ?? "") != nil)
    }

    @Test func retryAfterIsHonoured() async throws {
        let started = Date()
        let response = try await transport().send(APIRequest(.get, "/retry-after"))
        #expect(response.status == 200)
        #expect(Date().timeIntervalSince(started) >= 1)
    }

    @Test func attemptsAreBoundedAndWritesAreSentOnce() async throws {
        #expect(try await transport().send(APIRequest(.get, "/always-502")).status == 502)
        #expect(Self.server.count("always-502") == 4)
        #expect(try await transport().send(APIRequest(.post, "/post-503")).status == 503)
        #expect(Self.server.count("post-503") == 1)
        #expect(try await transport(.never).send(APIRequest(.get, "/always-502")).status == 502)
        #expect(Self.server.count("always-502") == 5)
    }

    @Test func retryAfterReadsSecondsAndDates() {
        #expect(RetryPolicy.seconds("3") == 3)
        #expect(RetryPolicy.seconds("soon") == nil)
        #expect((RetryPolicy.seconds("Wed, 21 Oct 2015 07:28:00 GMT") ?? -1) == 0)
    }
}
