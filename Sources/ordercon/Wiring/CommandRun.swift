import ArgumentParser
import Config
import Foundation
import Logging
import OrderKit

/// The frame every headless command runs in: logs to the file, opens the session, closes
/// it, and turns any error into one stderr line and its exit code.
enum CommandRun {
    /// - Parameter onRequest: also told of every API call (what `doctor` reports).
    static func perform(config: String?, onRequest: (@Sendable (RequestRecord) -> Void)? = nil,
                        _ body: (Session) async throws -> Int32) async throws {
        FileLogHandler.bootstrap(path: StatePaths.log)
        let code: Int32
        do {
            let session = try await Session.open(configPath: config, account: nil, logger: Logger(label: "ordercon"),
                                                 onRequest: onRequest)
            defer { session.close() }
            if session.sandbox != nil {
                FileHandle.standardError.write(Data("ordercon: no config file: using the embedded sandbox\n".utf8))
            }
            code = try await body(session)
        } catch {
            throw CommandFailure.exit(for: error)
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// The clients a selection names: one account, or all of them (the default). An
    /// account whose client could not be built is an error for the whole command.
    static func providers(_ selection: AccountSelection, in session: Session) throws -> [any OrderProvider] {
        if let name = selection.account {
            guard let provider = session.providers[name] else {
                if let reason = session.skipped.first(where: { $0.hasPrefix("\(name): ") }) {
                    throw OrderError.configuration(detail: reason)
                }
                let names = session.config.accounts.map(\.name).joined(separator: ", ")
                throw OrderError.configuration(detail: "no account named '\(name)'; configured: \(names)")
            }
            return [provider]
        }
        if let reason = session.skipped.first { throw OrderError.configuration(detail: reason) }
        return session.config.accounts.compactMap { session.providers[$0.name] }
    }

    /// One named account's client and its `concurrency`, for the commands that act on one account.
    static func account(_ name: String, in session: Session) throws -> (any OrderProvider, Int) {
        let provider = try providers(AccountSelection(account: name), in: session)[0]
        return (provider, session.config.account(named: name)?.concurrency ?? AccountConfig.defaultConcurrency)
    }

    /// The account holding `orderID`: the named one, or the first account that knows it.
    static func locate(_ orderID: String, account: String?, in session: Session) async throws -> (any OrderProvider, Order) {
        try await locate(orderID, among: try providers(AccountSelection(account: account), in: session))
    }

    /// The first of `candidates` that knows `orderID`, with the order.
    static func locate(_ orderID: String, among candidates: [any OrderProvider]) async throws -> (any OrderProvider, Order) {
        var lastError: OrderError?
        var unreachable: OrderError?
        for provider in candidates {
            do {
                return (provider, try await provider.order(id: orderID))
            } catch let error as OrderError {
                lastError = error
                if case .unreachable = error { unreachable = unreachable ?? error }
                if case .timedOut = error { unreachable = unreachable ?? error }
            }
        }
        if let unreachable { throw unreachable }
        if candidates.count > 1 {
            throw OrderError.notFound(detail: "no configured account knows order \(orderID)")
        }
        throw lastError ?? OrderError.notFound(detail: "order \(orderID)")
    }

    static func say(_ line: String) {
        StandardStream.output.write(line.hasSuffix("\n") ? line : line + "\n")
    }

    static func warn(_ line: String) {
        StandardStream.error.write("ordercon: \(line)\n")
    }
}

extension AccountSelection {
    init(account: String?) {
        self.init()
        self.account = account
    }
}
