import ArgumentParser
import Foundation
import Headless
import OrderKit

/// `ordercon watch ORDER_ID`: prints each status change until the order is final.
/// Exits 0 on completed, 2 on failed, cancelled or expired, 1 on timeout.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "watch", abstract: "Follow one order until it is final.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The provider's order id.")
    var orderID: String

    @Option(help: "The account that holds the order (default: the first account that knows it).",
            completion: AccountNameCompletion.kind)
    var account: String?

    @Option(help: "Give up after this long, e.g. 30m.")
    var timeout: String = "30m"

    @Option(help: "Seconds between polls.")
    var interval: Double = 2

    @Option(help: "text or json (one object per change).")
    var format: String = "text"

    func validate() throws {
        guard DurationText.parse(timeout) != nil else { throw ValidationError("--timeout takes a duration such as 30m.") }
        guard interval > 0 else { throw ValidationError("--interval must be above 0.") }
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json.") }
    }

    func run() async throws {
        try await CommandRun.perform(config: global.config) { session in
            let (provider, _) = try await CommandRun.locate(orderID, account: account, in: session)
            let watcher = OrderWatcher(provider: provider, orderID: orderID, interval: interval,
                                       timeout: DurationText.parse(timeout)!)
            let outcome = try await watcher.run(onChange: { order in
                if format == "json" {
                    CommandRun.say(OrderRecord.json(OrderRecord(order)))
                } else {
                    CommandRun.say("\(Date().formatted(.iso8601))  \(order.id)  \(order.status) [\(order.phase.rawValue)]")
                }
            }, onTrouble: { CommandRun.warn("\($0.message) (still watching)") })
            if case .timedOut(let last) = outcome {
                CommandRun.warn("order \(orderID) is still \(last?.status ?? "unknown") after \(timeout)")
            }
            return outcome.exitCode
        }
    }
}
