import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Providers
import Synchronization

/// Sits between an Adobe client and the sandbox and spoils the first order-creating POST
/// (a PREVIEW, which the client sends before a NEW, passes untouched and unrecorded): it
/// forwards it and answers too late (the client times out, the sandbox has the order), or
/// answers 503 without forwarding. Every such POST's correlation and request ids are recorded.
final class AdobeFlakyProxy: Sendable {
    enum FirstAnswer: Sendable {
        case late(seconds: Double)
        case unavailable
    }

    struct SeenPost: Sendable, Equatable {
        var correlationID: String
        var requestID: String
    }

    private let posts = Mutex<[SeenPost]>([])
    private let task = Mutex<Task<Void, any Error>?>(nil)

    var seenPosts: [SeenPost] { posts.withLock { $0 } }

    /// Starts listening and returns the proxy's Adobe base URL.
    func start(forwardingTo baseURL: String, firstAnswer: FirstAnswer) async throws -> String {
        let upstream = HTTPTransport(account: "proxy", baseURL: baseURL)
        let router = Router()
        router.post("adobe/v3/customers/:customerId/orders") { [self] request, _ -> Response in
            let headers = ["Authorization", "X-Api-Key", "X-Correlation-Id", "X-Request-Id", "Accept", "Content-Type"]
                .compactMap { name in request.headers[HTTPField.Name(name)!].map { (name, $0) } }
            let value = { (name: String) in headers.first { $0.0 == name }?.1 ?? "" }
            let body = try await request.body.collect(upTo: 1 << 20)
            let fields = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
            let isPreview = (fields?["orderType"] as? String)?.hasPrefix("PREVIEW") == true
            let isFirst = !isPreview && self.posts.withLock { seen in
                seen.append(SeenPost(correlationID: value("X-Correlation-Id"), requestID: value("X-Request-Id")))
                return seen.count == 1
            }
            if isFirst, case .unavailable = firstAnswer { return Response(status: .serviceUnavailable) }
            let path = String(request.uri.path.dropFirst("/adobe".count))
            let query = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
            let answer = try await upstream.send(APIRequest(.post, path, query: query, headers: headers,
                                                            body: Data(body.readableBytesView)))
            if isFirst, case .late(let seconds) = firstAnswer { try await Task.sleep(for: .seconds(seconds)) }
            return Response(status: .init(code: answer.status), headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
        }
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "adobe-proxy")
        logger.logLevel = .critical
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        task.withLock { $0 = Task { try await app.runService(gracefulShutdownSignals: []) } }
        var iterator = stream.makeAsyncIterator()
        return "http://127.0.0.1:\(await iterator.next() ?? 0)/adobe"
    }

    func stop() {
        task.withLock { $0?.cancel() }
    }
}
