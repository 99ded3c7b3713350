import ArgumentParser
import Config
import Foundation
import Headless
import OrderKit

/// `ordercon status ORDER_ID…`: orders, now. Several ids are looked up at once, up to the
/// account's `concurrency`, over pooled connections; `-` reads the ids from standard input.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show orders' status.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The provider's order ids; with several, one table row (or JSON object) each. - reads them from standard input (one per line, or separated by spaces or commas; # starts a comment).", valueName: "order-id"))
    var orderIDs: [String]

    @Option(help: "The account that holds the orders (default: the first account that knows each).",
            completion: AccountNameCompletion.kind)
    var account: String?

    @Option(help: "text or json.")
    var format: String = "text"

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json.") }
        try OrderIDArguments.validate(orderIDs)
    }

    func run() async throws {
        let orderIDs = try OrderIDArguments.read(orderIDs, command: "status")
        try await CommandRun.perform(config: global.config) { session in
            guard orderIDs.count > 1 else {
                let (_, order) = try await CommandRun.locate(orderIDs[0], account: account, in: session)
                CommandRun.say(format == "json" ? OrderRecord.json(OrderRecord(order)) : OrderTable.detail(order))
                return 0
            }
            let candidates = try CommandRun.providers(AccountSelection(account: account), in: session)
            let concurrency = account.flatMap { session.config.account(named: $0)?.concurrency } ?? AccountConfig.defaultConcurrency
            let answers = await OrderSweep.lookUp(orderIDs, concurrency: concurrency) { id in
                do {
                    return Result<Order, OrderError>.success(try await CommandRun.locate(id, among: candidates).1)
                } catch {
                    return .failure(OrderError.wrapping(error))
                }
            }
            let found = answers.compactMap { try? $0.get() }
            if !found.isEmpty {
                CommandRun.say(format == "json" ? OrderRecord.json(found.map(OrderRecord.init)) : OrderTable.text(found))
            }
            var code = ExitReason.ok
            for (id, answer) in zip(orderIDs, answers) {
                guard case .failure(let error) = answer else { continue }
                CommandRun.warn("\(id): \(error.message)")
                code = code.worst(found.isEmpty ? ExitReason(error) : .partial)
            }
            return code.rawValue
        }
    }
}
