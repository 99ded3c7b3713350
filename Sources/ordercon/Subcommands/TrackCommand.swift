import ArgumentParser
import Config
import Foundation
import Headless
import OrderKit

/// `ordercon track ID… --account A`: follows orders by id on an account whose provider
/// publishes no order list (appxite, adility: `order_list = "known"`), so `orders`, `check`
/// and the console list them beside the orders placed through ordercon. Each id is read
/// from the provider first; one it does not know (404) is refused, and nothing is tracked.
struct TrackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track", abstract: "Follow orders by id where the provider publishes no order list.",
        discussion: "Orders placed through ordercon are followed already. Stop following with ordercon untrack.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var ids: OrderIDArguments

    @Option(help: "The account that holds the orders.", completion: AccountNameCompletion.kind)
    var account: String

    func run() async throws {
        let orderIDs = try OrderIDArguments.read(ids.orderIDs, command: "track")
        try await CommandRun.perform(config: global.config) { session in
            let (provider, concurrency) = try CommandRun.account(account, in: session)
            let orders = try await KnownOrderList(provider: provider, book: session.store, concurrency: concurrency)
                .track(orderIDs)
            CommandRun.say(orders.map { "tracking \($0.id) on \(account): \($0.status) [\($0.phase.rawValue)]" }
                .joined(separator: "\n"))
            if provider.capabilities.orderListing != .known {
                CommandRun.warn("\(account) lists the provider's own orders (order_list = \"provider\"); set order_list = \"known\" to list the tracked ones")
            }
            return 0
        }
    }
}
