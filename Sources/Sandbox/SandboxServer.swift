import Foundation
import Hummingbird
import HummingbirdTLS
import Logging
import NIOSSL
import OrderKit
import ServiceLifecycle
import Synchronization

/// The embedded sandbox: one loopback HTTP server that speaks every provider's API under
/// its own prefix (`/whitelabel`, …), and on request each provider at the root of a port
/// of its own, with seeded data and an injectable clock; over https when its options carry
/// a certificate.
///
/// The console starts one in-process when there is no configuration; `ordercon sandbox`
/// serves one alone; tests start one per suite on a free port.
public final class SandboxServer: Sendable {
    public let options: SandboxOptions
    /// The faults in force, changeable while the server runs.
    public let faults: FaultInjector
    /// The answer variations in force, changeable while the server runs.
    public let variations: VariationState
    private let whiteLabel: WhiteLabelBook
    let adility: AdilityBook
    private let adobe: AdobeBook
    private let running: Mutex<(group: ServiceGroup, task: Task<Void, any Error>)?> = Mutex(nil)
    private let mpt: MPTBook
    let appxite: AppxiteBook

    public init(options: SandboxOptions = SandboxOptions()) {
        self.options = options
        faults = FaultInjector(options.faults)
        variations = VariationState(options.variations)
        whiteLabel = WhiteLabelBook(options: options)
        adility = AdilityBook(options: options)
        adobe = AdobeBook(options: options)
        mpt = MPTBook(options: options)
        appxite = AppxiteBook(options: options)
    }

    /// The router with every provider's routes behind the fault injection, and the
    /// `/_sandbox/faults` control route, for in-memory testing too.
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        FaultControlRoutes(injector: faults).register(on: router)
        VariationControlRoutes(state: variations).register(on: router)
        router.add(middleware: FaultMiddleware(injector: faults))
        router.add(middleware: VariationMiddleware(state: variations))
        WhiteLabelRoutes(book: whiteLabel).register(on: router)
        AdilityRoutes(book: adility, undocumentedLists: options.undocumentedLists).register(on: router)
        AdobeRoutes(book: adobe).register(on: router)
        MPTRoutes(book: mpt).register(on: router)
        AppxiteRoutes(book: appxite, undocumentedLists: options.undocumentedLists).register(on: router)
        return router
    }

    /// Starts listening and returns once every port is bound: the one-port form, and each
    /// provider of `providerPorts` at the root of its own. A certificate or key the TLS
    /// library cannot use is refused here, before anything listens.
    public func start() async throws -> SandboxEndpoint {
        let tls = try options.tls.map(Self.serverTLS)
        let (portStream, portContinuation) = AsyncStream<(ProviderKind?, Int)>.makeStream()
        var logger = Logger(label: "ordercon.sandbox")
        logger.logLevel = .critical
        let router = makeRouter().buildResponder()
        let roots = options.providerPorts.sorted { $0.key.rawValue < $1.key.rawValue }
        let serve = { (port: Int, provider: ProviderKind?) throws -> any Service in
            let bound = { @Sendable (port: Int) -> Void in _ = portContinuation.yield((provider, port)) }
            guard let provider else { return try self.application(router, port: port, tls: tls, logger: logger, running: bound) }
            return try self.application(ProviderRootResponder(prefix: SandboxEndpoint.prefix(provider), router: router),
                                        port: port, tls: tls, logger: logger, running: bound)
        }
        let services = try [serve(options.port, ProviderKind?.none)] + roots.map { try serve($0.value, $0.key) }
        let group = ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            defer { portContinuation.finish() }
            try await group.run()
        }
        running.withLock { $0 = (group, task) }
        var ports: [ProviderKind?: Int] = [:]
        for await (provider, port) in portStream where port > 0 {
            ports[provider] = port
            if ports.count == services.count { break }
        }
        guard ports.count == services.count, let port = ports[nil] else {
            await group.triggerGracefulShutdown()
            if case .failure(let error) = await task.result { throw error }
            let wanted = ([options.port] + roots.map(\.value)).map(String.init).joined(separator: ", ")
            throw OrderError.configuration(detail: "The sandbox could not listen on \(options.host) port \(wanted).")
        }
        var rootPorts: [ProviderKind: Int] = [:]
        for case let (provider?, port) in ports { rootPorts[provider] = port }
        return SandboxEndpoint(host: options.host, port: port, credentials: options.credentials, secure: options.tls != nil,
                               undocumentedLists: options.undocumentedLists, rootPorts: rootPorts)
    }

    /// One listener of the sandbox: `running` gets the port it bound.
    private func application<Responder: HTTPResponder>(
        _ responder: Responder, port: Int, tls: TLSConfiguration?, logger: Logger,
        running: @escaping @Sendable (Int) -> Void
    ) throws -> Application<Responder> where Responder.Context == BasicRequestContext {
        Application(responder: responder, server: try tls.map { try .tls(tlsConfiguration: $0) } ?? .http1(),
                    configuration: .init(address: .hostname(options.host, port: port), serverName: "ordercon-sandbox"),
                    onServerRunning: { channel in running(channel.localAddress?.port ?? 0) }, logger: logger)
    }

    private static func serverTLS(_ tls: SandboxTLS) throws(SandboxTLSFileProblem) -> TLSConfiguration {
        do {
            let chain = try NIOSSLCertificate.fromPEMBytes(Array(tls.certificateChainPEM.utf8))
            let key = try NIOSSLPrivateKey(bytes: Array(tls.privateKeyPEM.utf8), format: .pem)
            return .makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        } catch {
            throw SandboxTLSFileProblem(message: "the certificate or key cannot be used for TLS: give a PEM certificate chain and its PEM private key")
        }
    }

    /// Stops the server gracefully: it accepts nothing new and lets requests in flight
    /// finish (cutting them would trap in NIO's response writer); hanging and delayed
    /// fault responses end at once.
    public func stop() async {
        faults.releaseAll()
        let current = running.withLock { current in
            defer { current = nil }
            return current
        }
        guard let current else { return }
        await current.group.triggerGracefulShutdown()
        _ = await current.task.result
    }
}
