import ArgumentParser
import Config
import Foundation

/// `ordercon accounts`: one line per account and whether its credentials resolve — never
/// their values.
struct AccountsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accounts", abstract: "List configured accounts.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await CommandRun.perform(config: global.config) { session in
            let rows = session.config.accounts.map { account -> [String] in
                let credentials = session.providers[account.name] == nil
                    ? "credentials: " + (session.skipped.first { $0.hasPrefix("\(account.name): ") }
                        .map { String($0.dropFirst(account.name.count + 2)) } ?? "unresolved")
                    : "credentials: ok"
                let readOnly = account.readOnly || session.config.settings.readOnly
                    || session.providers[account.name]?.capabilities.readOnlyReason != nil
                return [account.name, account.provider.rawValue, account.baseURL,
                        readOnly ? "read-only" : "read-write", AccountRoute.text(account), credentials]
            }
            let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
            CommandRun.say(rows.map { row in
                row.enumerated().map { index, cell in
                    index < 5 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) : cell
                }.joined(separator: "  ")
            }.joined(separator: "\n"))
            return session.skipped.isEmpty ? 0 : CommandFailure.usage
        }
    }
}
