import ArgumentParser
import Config
import Foundation
import Headless
import OrderKit

/// `ordercon orders`: every order of one or all accounts, filtered, as text, JSON or CSV.
struct OrdersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orders", abstract: "List orders.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: AccountSelection

    @Option(name: .customLong("phase"), help: "Only orders in this phase (repeatable): \(Phase.allCases.map(\.rawValue).joined(separator: ", ")).")
    var phases: [String] = []

    @Option(help: "draft, confirmed or all.")
    var stage: String = "all"

    @Option(help: "Only orders created within this long ago, e.g. 24h, 7d.")
    var since: String?

    @Option(help: "text, json or csv.")
    var format: String = "text"

    @Flag(help: "Exit 1 also when a field of an order could not be read (not only a whole order or page).")
    var strict = false

    func validate() throws {
        for phase in phases where Phase(rawValue: phase) == nil {
            throw ValidationError("Unknown phase '\(phase)': use one of \(Phase.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        guard OrderStage(rawValue: stage) != nil else { throw ValidationError("--stage must be draft, confirmed or all.") }
        guard OutputFormat(rawValue: format) != nil else { throw ValidationError("--format must be text, json or csv.") }
        if let since, DurationText.parse(since) == nil {
            throw ValidationError("--since takes a duration such as 90m, 24h or 7d, not '\(since)'.")
        }
    }

    func run() async throws {
        try await CommandRun.perform(config: global.config) { session in
            let providers = try CommandRun.providers(selection, in: session)
            let results = await OrderQuery.fetch(providers, stage: OrderStage(rawValue: stage)!)
            let outcome = ListOutcome(results, strict: strict)
            for line in outcome.warnings { CommandRun.warn(line) }
            var code = outcome.status
            guard outcome.readAnything else { return code.rawValue }
            let cutoff = since.flatMap(DurationText.parse).map { Date().addingTimeInterval(-$0) }
            let shown = OrderQuery.filter(outcome.orders, phases: Set(phases.compactMap(Phase.init(rawValue:))), since: cutoff)
            switch OutputFormat(rawValue: format)! {
            case .text:
                CommandRun.say(shown.isEmpty ? "No orders match." : OrderTable.text(shown))
                for line in outcome.completeness { CommandRun.warn(line) }
            case .json:
                let concurrency = selection.account.flatMap { session.config.account(named: $0)?.concurrency }
                    ?? AccountConfig.defaultConcurrency
                let (filled, failures) = await OrderItemsFill.fill(shown, from: providers, concurrency: concurrency)
                for failure in failures {
                    CommandRun.warn("\(failure.orderID): items not read: \(failure.error.message)")
                    code = code.worst(.partial)
                }
                CommandRun.say(OrderRecord.json(filled.map(OrderRecord.init), unreadable: outcome.unreadableRecords))
            case .csv: StandardStream.output.write(OrderTable.csv(shown))
            }
            return code.rawValue
        }
    }
}
