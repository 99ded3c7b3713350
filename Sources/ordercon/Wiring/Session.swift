import Config
import ConsoleModel
import Foundation
import Logging
import OrderKit
import Providers
import Sandbox
import Store

/// Everything a command needs, wired: the config, every account's client, the
/// Store, and the embedded sandbox when there is no config.
struct Session {
    let config: AppConfig
    /// The account to open first.
    let account: AccountConfig
    /// Every account whose client could be built, by name.
    let providers: [String: any OrderProvider]
    /// Accounts left out, each with the one-line reason.
    let skipped: [String]
    let store: OrderStore
    let sandbox: SandboxServer?

    /// Uses `configPath`, else the default config file if it exists, else starts the sandbox.
    /// - Parameter onRequest: also told of every API call (the console's event log).
    static func open(configPath: String?, account name: String?, logger: Logger,
                     onRequest: (@Sendable (RequestRecord) -> Void)? = nil) async throws -> Session {
        let observer: @Sendable (RequestRecord) -> Void = { record in
            onRequest?(record)
            logger.info("\(record.account) \(record.method) \(record.path) -> \(record.status.map(String.init) ?? "no answer") in \(Int(record.duration * 1000)) ms")
        }
        let path = configPath ?? ConfigLoader.defaultPath()
        if configPath != nil || FileManager.default.fileExists(atPath: path) {
            let config = try ConfigLoader.load(path: path)
            try checkKeys(config, path: path)
            let factory = ProviderFactory(config: config, resolver: SecretResolver(), observer: observer)
            return try make(config: config, chosen: name, factory: factory,
                            openStore: { try OrderStore(path: StatePaths.database) }, sandbox: nil)
        }
        let sandbox = SandboxServer(options: try sandboxOptions(ProcessInfo.processInfo.environment))
        let endpoint = try await sandbox.start()
        logger.info("embedded sandbox on \(endpoint.origin)")
        let source = try TOMLSource(path: "(embedded sandbox config)",
                                    text: SandboxConfigText.render(endpoint, secretsFile: nil))
        let config = try ConfigLoader.parse(source)
        var environment = ProcessInfo.processInfo.environment
        environment.merge(SandboxConfigText.secrets(endpoint)) { _, sandbox in sandbox }
        let factory = ProviderFactory(config: config, resolver: SecretResolver(environment: environment),
                                      observer: observer)
        let session = try make(config: config, chosen: name, factory: factory,
                               openStore: { try OrderStore.sandboxCarts(path: StatePaths.sandboxDatabase) }, sandbox: sandbox)
        await session.trackSeededOrders(endpoint)
        return session
    }

    /// Tracks the embedded sandbox's seeded orders on its known-orders accounts (Appxite,
    /// Adility), so the zero-config console shows them as it shows every other account's.
    private func trackSeededOrders(_ endpoint: SandboxEndpoint) async {
        guard let sandbox else { return }
        for account in endpoint.accounts {
            guard let provider = providers[account.name], provider.capabilities.orderListing == .known else { continue }
            _ = try? await KnownOrderList(provider: provider, book: store).track(sandbox.seededOrderIDs(of: account))
        }
    }

    /// The `[keys]` overrides checked as the console will use them, for every command: a
    /// config with any mistake is refused whole, naming the line.
    private static func checkKeys(_ config: AppConfig, path: String) throws {
        for (name, key) in config.keys.sorted(by: { $0.key < $1.key }) {
            do {
                _ = try Keymap.standard.overriding([name: key])
            } catch {
                throw ConfigError(path: path, line: config.keyLines[name], message: error.message)
            }
        }
        do {
            _ = try Keymap.standard.overriding(config.keys)
        } catch {
            throw ConfigError(path: path, line: config.keyLines[""], message: error.message)
        }
    }

    /// Builds every account's client, listing the known orders where the account says
    /// `order_list = "known"`. A named account must work; otherwise the first that
    /// works is opened, and the others that do not are left out with their reason, so one bad
    /// entry does not lock the user out of the rest. The Store is opened only then: a refused
    /// config writes nothing.
    private static func make(config: AppConfig, chosen name: String?, factory: ProviderFactory,
                             openStore: () throws -> OrderStore, sandbox: SandboxServer?) throws -> Session {
        _ = try choose(name, in: config)
        var clients: [String: any OrderProvider] = [:]
        var skipped: [String] = []
        var firstError: (any Error)?
        for account in config.accounts {
            do {
                clients[account.name] = try factory.make(account)
            } catch {
                if account.name == name { throw error }
                firstError = firstError ?? error
                skipped.append("\(account.name): \(CommandFailure.message(for: error))")
            }
        }
        guard let account = config.accounts.first(where: { clients[$0.name] != nil && (name == nil || $0.name == name) }) else {
            throw firstError ?? OrderError.configuration(detail: "no account could be opened")
        }
        let store = try openStore()
        var providers: [String: any OrderProvider] = [:]
        for account in config.accounts {
            guard let client = clients[account.name] else { continue }
            providers[account.name] = account.orderList == .known
                ? KnownOrdersProvider(client, book: store, finalReadEvery: config.settings.refreshSlow,
                                      concurrency: account.concurrency)
                : client
        }
        return Session(config: config, account: account, providers: providers, skipped: skipped,
                       store: store, sandbox: sandbox)
    }

    /// The embedded sandbox's behaviour, adjustable for demos and tests through
    /// `ORDERCON_SANDBOX_FAILURE_RATE` (0…1) and `ORDERCON_SANDBOX_SPEED` (clock factor).
    private static func sandboxOptions(_ environment: [String: String]) throws -> SandboxOptions {
        var options = SandboxOptions()
        if let text = environment["ORDERCON_SANDBOX_FAILURE_RATE"] {
            guard let rate = Double(text), (0...1).contains(rate) else {
                throw OrderError.configuration(detail: "ORDERCON_SANDBOX_FAILURE_RATE must be a number from 0 to 1, not '\(text)'")
            }
            options.failureRate = rate
        }
        if let text = environment["ORDERCON_SANDBOX_SPEED"] {
            guard let speed = Double(text), speed > 0 else {
                throw OrderError.configuration(detail: "ORDERCON_SANDBOX_SPEED must be a number above 0, not '\(text)'")
            }
            options.clock = ScaledClock(speed: speed)
        }
        return options
    }

    private static func choose(_ name: String?, in config: AppConfig) throws -> AccountConfig {
        guard let account = config.account(named: name) else {
            let names = config.accounts.map(\.name).joined(separator: ", ")
            throw OrderError.configuration(detail: config.accounts.isEmpty
                ? "\(config.path ?? "the config") has no [[accounts]]; add one (see README)"
                : "no account named '\(name ?? "")'; configured: \(names)")
        }
        return account
    }

    func close() {
        guard let sandbox else { return }
        let done = DispatchSemaphore(value: 0)
        Task {
            await sandbox.stop()
            done.signal()
        }
        _ = done.wait(timeout: .now() + 2)
    }
}
