import ArgumentParser
import Foundation
import OrderKit
import Placement

/// `ordercon journal`: settles every placement whose answer never came (a crash, a lost
/// connection) by asking the provider, then lists each intent with its outcome, so a
/// script or an on-call person learns what was bought without placing anything.
/// Exits 0 when every intent is settled, 1 when some are still unknown (the provider
/// could not be asked; run it again later). `--settle` records what a person found out
/// instead, for an intent no provider call can settle.
struct JournalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Settle unanswered placements and list every placement's outcome.")

    @OptionGroup var global: GlobalOptions

    @OptionGroup var selection: AccountSelection

    @Option(help: "text or json.")
    var format: String = "text"

    @Option(name: .customLong("settle"), parsing: .upToNextOption, help: ArgumentHelp(
        "Settle an intent by hand: INTENT placed ORDER_ID, or INTENT not-placed.",
        discussion: "For an intent no provider call can settle (Adility has no lookup by order number): look in the provider's portal, then say what you found. A placed order is read first and then tracked.",
        valueName: "intent outcome"))
    var settle: [String] = []

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json.") }
        if !settle.isEmpty { _ = try JournalSettlement(settle) }
    }

    func run() async throws {
        if !settle.isEmpty {
            let settlement = try JournalSettlement(settle)
            try await CommandRun.perform(config: global.config) { session in try await settleByHand(settlement, in: session) }
            return
        }
        try await CommandRun.perform(config: global.config) { session in
            var lines: [JournalLine] = []
            for provider in try CommandRun.providers(selection, in: session) {
                var trouble: String?
                do {
                    _ = try await PlacementJournal(store: session.store, provider: provider).reconcile()
                } catch let error as OrderError {
                    trouble = error.message
                }
                lines += try session.store.journal(account: provider.account).map { JournalLine($0, trouble: trouble) }
            }
            if format == "json" {
                CommandRun.say(JournalLine.json(lines))
            } else {
                lines.forEach { CommandRun.say($0.text) }
            }
            return lines.contains { $0.outcome == JournalLine.unknown } ? 1 : 0
        }
    }

    /// Records a person's settlement of an open intent (or gives the id of one placed with its
    /// id unknown); the order named is read from the provider first, so a typo is refused.
    private func settleByHand(_ settlement: JournalSettlement, in session: Session) async throws -> Int32 {
        for provider in try CommandRun.providers(selection, in: session) {
            guard var entry = try session.store.journal(account: provider.account).first(where: { $0.id == settlement.intent }) else {
                continue
            }
            guard entry.outcome == nil || (entry.outcome == .placed && entry.orderID == nil) else {
                throw OrderError.conflict(detail: "intent #\(entry.id) on \(entry.account) is already settled (\(JournalLine(entry, trouble: nil).text)); nothing changed")
            }
            if let orderID = settlement.orderID {
                try session.store.save(try await provider.order(id: orderID))
            }
            entry.outcome = settlement.outcome
            entry.orderID = settlement.orderID
            entry.message = "settled by hand"
            entry.completedAt = Date()
            try session.store.recordOutcome(id: entry.id, outcome: settlement.outcome, orderID: settlement.orderID,
                                            message: entry.message, at: entry.completedAt!)
            CommandRun.say(JournalLine(entry, trouble: nil).text)
            return 0
        }
        throw OrderError.notFound(detail: "no intent #\(settlement.intent) in the journal\(selection.account.map { " of \($0)" } ?? ""); ordercon journal lists them")
    }
}
