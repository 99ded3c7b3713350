import ArgumentParser
import Headless

/// `ordercon`: the console by default, and headless subcommands for scripts.
@main
struct Ordercon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ordercon",
        abstract: "A keyboard-driven console for cloud-software orders across five provider APIs.",
        discussion: """
            With no configuration it starts an embedded sandbox, so it shows real data at once.

            Exit codes of the headless commands (watch and check keep their own, see their --help):
            \(ExitReason.table)
            """,
        subcommands: [ConsoleCommand.self, AccountsCommand.self, OrdersCommand.self, StatusCommand.self,
                      WatchCommand.self, CheckCommand.self, PlaceCommand.self, JournalCommand.self, SandboxCommand.self],
        defaultSubcommand: ConsoleCommand.self)

    /// `--config PATH` may stand before or after the subcommand: it is moved behind the
    /// subcommand, where every subcommand reads it.
    static func main() async {
        let arguments = GlobalOptions.movingConfigLast(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
