import ArgumentParser
import Config
import Foundation
import Providers

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
                        readOnly ? "read-only" : "read-write", Self.network(account), credentials]
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

    /// How the account's requests travel: the proxy (never its credentials) and where it comes
    /// from, and which certificate authorities are trusted besides the system's.
    private static func network(_ account: AccountConfig) -> String {
        let proxy: String
        switch NetworkRoute.forAccount(baseURL: account.baseURL, proxy: account.proxy, caFile: account.caFile) {
        case .success(let route):
            let source = account.proxy != nil ? "proxy" : "environment"
            proxy = route.proxy.map { "via \($0) (\(source))" } ?? "direct"
            let trust = route.extraCertificateAuthorities.isEmpty ? "system CAs"
                : "system CAs + " + route.extraCertificateAuthorities.joined(separator: " + ")
            return "\(proxy), \(trust)"
        case .failure(let error):
            return error.message
        }
    }
}
