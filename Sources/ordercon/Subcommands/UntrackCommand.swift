import ArgumentParser
import Foundation
import Headless
import OrderKit

/// `ordercon untrack ID… --account A`: stops following orders by id (tracked, or placed
/// through ordercon); they leave the known-orders list and the cache. Exits 0 when every id
/// was followed, 66 when none was, 1 when some were not.
struct UntrackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untrack", abstract: "Stop following orders by id (see track).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var ids: OrderIDArguments

    @Option(help: "The account that holds the orders.", completion: AccountNameCompletion.kind)
    var account: String

    func run() async throws {
        let orderIDs = try OrderIDArguments.read(ids.orderIDs, command: "untrack")
        try await CommandRun.perform(config: global.config) { session in
            let (provider, concurrency) = try CommandRun.account(account, in: session)
            let removed = try KnownOrderList(provider: provider, book: session.store, concurrency: concurrency)
                .untrack(orderIDs)
            if !removed.isEmpty {
                CommandRun.say(removed.map { "no longer tracking \($0) on \(account)" }.joined(separator: "\n"))
            }
            let unknown = orderIDs.filter { !removed.contains($0) }
            for id in unknown { CommandRun.warn("\(id) was not tracked on \(account); nothing to untrack") }
            return unknown.isEmpty ? ExitReason.ok.rawValue : removed.isEmpty ? ExitReason.notFound.rawValue : ExitReason.partial.rawValue
        }
    }
}
