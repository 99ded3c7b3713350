import ArgumentParser
import Foundation
import OrderKit
import Store

/// `ordercon journal`: settles every placement whose answer never came (a crash, a lost
/// connection) by asking the provider, then lists each intent with its outcome, so a
/// script or an on-call person learns what was bought without placing anything.
/// Exits 0 when every intent is settled, 1 when some are still unknown (the provider
/// could not be asked; run it again later).
struct JournalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Settle unanswered placements and list every placement's outcome.")

    @OptionGroup var global: GlobalOptions

    @OptionGroup var selection: AccountSelection

    @Option(help: "text or json.")
    var format: String = "text"

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json.") }
    }

    func run() async throws {
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
}
