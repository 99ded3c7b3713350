import ArgumentParser
import Foundation
import Headless
import OrderKit

/// `ordercon check`: one monitoring-plugin line with perfdata; exit 0 OK, 1 WARNING,
/// 2 CRITICAL, 3 UNKNOWN.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Monitoring check: stuck and failed orders (Nagios plugin convention).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: AccountSelection

    @Option(name: .customLong("stuck-after"), help: "WARNING when an order processes or awaits approval longer than this.")
    var stuckAfter: String = "2h"

    @Option(name: .customLong("failed-within"), help: "CRITICAL when an order failed within this long.")
    var failedWithin: String = "24h"

    func validate() throws {
        guard DurationText.parse(stuckAfter) != nil else { throw ValidationError("--stuck-after takes a duration such as 2h.") }
        guard DurationText.parse(failedWithin) != nil else { throw ValidationError("--failed-within takes a duration such as 24h.") }
    }

    func run() async throws {
        do {
            try await CommandRun.perform(config: global.config) { session in
                let providers = try CommandRun.providers(selection, in: session)
                let results = await OrderQuery.fetch(providers, stage: .all)
                let verdict = HealthCheck(stuckAfter: DurationText.parse(stuckAfter)!,
                                          failedWithin: DurationText.parse(failedWithin)!, now: Date()).evaluate(results)
                CommandRun.say(verdict.line)
                return verdict.state.exitCode
            }
        } catch let exit as ExitCode where [0, 1, 2, 3].contains(exit.rawValue) {
            throw exit
        } catch {
            CommandRun.say("ORDERCON UNKNOWN - the check could not run (see stderr)")
            throw ExitCode(3)
        }
    }
}
