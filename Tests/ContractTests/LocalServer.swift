import Hummingbird
import Logging

/// A throwaway HTTP server on a free loopback port for tests that need a peer behaving in a
/// way the sandbox never does (garbage, hangs, flaky statuses). It is never stopped: stopping
/// a server while a slow route still writes traps in NIO, and the process ends soon anyway.
enum LocalServer {
    /// Starts serving `router` and returns the port once it is bound.
    static func start(_ router: Router<BasicRequestContext>) async -> Int {
        var logger = Logger(label: "test-server")
        logger.logLevel = .critical
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        Task { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = stream.makeAsyncIterator()
        return await iterator.next() ?? 0
    }
}
