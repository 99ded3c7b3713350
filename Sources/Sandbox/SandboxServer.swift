import Foundation
import Hummingbird
import Logging
import Synchronization
import OrderKit

/// The embedded sandbox: one loopback HTTP server that speaks every provider's API under
/// its own prefix (`/whitelabel`, …), with seeded data and an injectable clock.
///
/// The console starts one in-process when there is no configuration; `ordercon sandbox`
/// serves one alone; tests start one per suite on a free port.
public final class SandboxServer: Sendable {
    public let options: SandboxOptions
    private let whiteLabel: WhiteLabelBook
    private let appxite: AppxiteBook
    private let task: Mutex<Task<Void, any Error>?> = Mutex(nil)

    public init(options: SandboxOptions = SandboxOptions()) {
        self.options = options
        whiteLabel = WhiteLabelBook(options: options)
        appxite = AppxiteBook(options: options)
    }

    /// The router with every provider's routes, for in-memory testing too.
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        WhiteLabelRoutes(book: whiteLabel).register(on: router)
        AppxiteRoutes(book: appxite).register(on: router)
        return router
    }

    /// Starts listening and returns once the port is bound.
    public func start() async throws -> SandboxEndpoint {
        let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "ordercon.sandbox")
        logger.logLevel = .critical
        let app = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "ordercon-sandbox"),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger)
        let running = Task {
            defer { portContinuation.finish() }
            try await app.runService(gracefulShutdownSignals: [])
        }
        task.withLock { $0 = running }
        var iterator = portStream.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            running.cancel()
            if case .failure(let error) = await running.result { throw error }
            throw OrderError.configuration(detail: "The sandbox could not listen on \(options.host):\(options.port).")
        }
        return SandboxEndpoint(host: options.host, port: port)
    }

    /// Stops the server; pending requests are cut.
    public func stop() async {
        let running = task.withLock { current -> Task<Void, any Error>? in
            defer { current = nil }
            return current
        }
        running?.cancel()
        _ = await running?.result
    }
}
