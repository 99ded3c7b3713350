import ArgumentParser
import Config
import Foundation
import Headless
import OrderKit
import Placement

/// `ordercon place --account NAME --file ORDER.toml`: places an order described in a file,
/// through the same journal as the console. Asks first on a terminal; without one it
/// needs `--yes`.
struct PlaceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "place", abstract: "Place an order described in a TOML file.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The account to place it with.", completion: AccountNameCompletion.kind)
    var account: String

    @Option(help: "The order file (customer, [[items]] with offer and quantity).")
    var file: String

    @Flag(help: "Only price it (where the provider can) and place nothing.")
    var preview = false

    @Flag(help: "Place without asking.")
    var yes = false

    func run() async throws {
        try await CommandRun.perform(config: global.config) { session in
            let order = try OrderFile.load(path: file)
            guard let provider = try CommandRun.providers(AccountSelection(account: account), in: session).first else {
                return CommandFailure.usage
            }
            let placer = OrderPlacer(provider: provider, store: session.store)
            if let reason = provider.capabilities.readOnlyReason ?? (session.config.account(named: account)?.readOnly == true
                ? "the account is configured read_only" : nil) {
                throw OrderError.forbidden(detail: "\(account) cannot place orders: \(reason)")
            }
            if preview {
                let quote = try await placer.preview(order)
                var lines = quote.lines.map { "  \($0.name) ×\($0.quantity)  \($0.total?.formatted ?? "-")" }
                lines.append("  total \(quote.total?.formatted ?? "unknown")")
                if let note = quote.note { lines.append(note) }
                CommandRun.say(lines.joined(separator: "\n"))
                return 0
            }
            let settled = try await PlacementJournal(store: session.store, provider: provider).reconcile()
            if let landing = settled.first(where: { $0.outcome == nil }) {
                throw OrderError.conflict(detail: "an earlier placement on \(account) (\(landing.idempotencyKey)) may still reach the provider; run ordercon journal in a minute and place again only if it says not placed")
            }
            for entry in settled where entry.outcome == .placed {
                CommandRun.warn("an earlier placement (\(entry.idempotencyKey)) turned out placed as order \(entry.orderID ?? "?")")
            }
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    throw OrderError.configuration(detail: "not placing without --yes: there is no terminal to ask on")
                }
                let summary = try await placer.describe(order)
                StandardStream.error.write("Place on \(account) for \(order.customerName ?? order.customerID):\n"
                    + summary.joined(separator: "\n") + "\nPlace it? [y/N] ")
                guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                    CommandRun.warn("not placed")
                    return 1
                }
            }
            let placed = try await placer.place(order)
            CommandRun.say(OrderRecord.json(OrderRecord(placed)))
            return 0
        }
    }
}
