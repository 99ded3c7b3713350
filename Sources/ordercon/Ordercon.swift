import ArgumentParser
import Foundation
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
        version: ReleaseVersion.line,
        subcommands: [ConsoleCommand.self, AccountsCommand.self, OrdersCommand.self, StatusCommand.self,
                      WatchCommand.self, CheckCommand.self, PlaceCommand.self, JournalCommand.self, SandboxCommand.self,
                      DoctorCommand.self, TrackCommand.self, UntrackCommand.self],
        defaultSubcommand: ConsoleCommand.self)

    /// `--config PATH` may stand before or after the subcommand: it is moved behind the
    /// subcommand, where every subcommand reads it. A command line that cannot run is said
    /// in one line, exit 64; `--help` and `--version` print as the parser makes them.
    static func main() async {
        let given = Array(CommandLine.arguments.dropFirst())
        // A shell asking for completions names word positions: nothing may move there.
        let arguments = given.first == "---completion" ? given : GlobalOptions.movingConfigLast(given)
        if let problem = ArgumentFailure.negativeDuration(in: arguments) {
            StandardStream.error.write("ordercon: \(problem)\n")
            Foundation.exit(ExitReason.usage.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // An ExitCode was thrown after its own line was said; only the parser's errors
            // are said here.
            let code = exitCode(for: error)
            guard !(error is ExitCode), code.rawValue == ExitCode.validationFailure.rawValue else { exit(withError: error) }
            StandardStream.error.write("ordercon: \(ArgumentFailure.line(for: error, command: ArgumentFailure.command(for: arguments)))\n")
            Foundation.exit(code.rawValue)
        }
    }
}
