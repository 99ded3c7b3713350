import ArgumentParser
import Foundation
import Headless
import OrderKit

/// `ordercon status ORDER_ID`: one order, now.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show one order's status.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The provider's order id.")
    var orderID: String

    @Option(help: "The account that holds the order (default: the first account that knows it).")
    var account: String?

    @Option(help: "text or json.")
    var format: String = "text"

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json.") }
    }

    func run() async throws {
        try await CommandRun.perform(config: global.config) { session in
            let (_, order) = try await CommandRun.locate(orderID, account: account, in: session)
            CommandRun.say(format == "json" ? OrderRecord.json(OrderRecord(order)) : OrderTable.detail(order))
            return 0
        }
    }
}
