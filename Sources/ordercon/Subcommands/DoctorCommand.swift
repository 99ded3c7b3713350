import ArgumentParser
import Config
import Foundation
import Headless
import OrderKit
import Providers
import Synchronization

/// `ordercon doctor --account A`: how the account reaches its provider, step by step — the
/// route (proxy, trust), DNS, TCP, the proxy's CONNECT, TLS (protocol, certificate subject,
/// issuer, expiry) and one harmless read — one line each with ok or failed and why, for the
/// on-call engineer who must tell "the provider is down" from "our proxy is".
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check step by step how an account reaches its provider.",
        discussion: """
            Prints one line per step (route, DNS, TCP, CONNECT through a proxy, TLS, HTTP) with ok or failed and \
            the reason, and stops at the first that fails. The HTTP step reads the order list: nothing is changed.

            Exit codes:
            \(ExitReason.table)
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The account to check.", completion: AccountNameCompletion.kind)
    var account: String

    func run() async throws {
        let records = Mutex<[RequestRecord]>([])
        try await CommandRun.perform(config: global.config, onRequest: { record in records.withLock { $0.append(record) } }) { session in
            let provider = try CommandRun.providers(AccountSelection(account: account), in: session)[0]
            guard let settings = session.config.account(named: account), let url = URL(string: settings.baseURL) else {
                throw OrderError.configuration(detail: "account '\(account)' has no usable base_url")
            }
            let route = try NetworkRoute.forAccount(baseURL: settings.baseURL, proxy: settings.proxy, caFile: settings.caFile).get()
            var steps = [ProbeStep("route", ok: true, AccountRoute.text(settings))]
            steps += await ConnectionProbe.run(url: url, route: route)
            var code = ExitReason.ok
            if steps.allSatisfy(\.ok) {
                let started = Date()
                do {
                    let orders = try await provider.orderList(stage: .all).orders.count
                    steps.append(ProbeStep("HTTP", ok: true, Self.answers(records.withLock { $0 }, since: started)
                        + ": \(orders) order\(orders == 1 ? "" : "s") read"))
                } catch {
                    let error = OrderError.wrapping(error)
                    steps.append(ProbeStep("HTTP", ok: false, error.message))
                    code = ExitReason(error)
                }
            } else {
                code = .unreachable
            }
            CommandRun.say(steps.map(\.line).joined(separator: "\n"))
            return code.rawValue
        }
    }

    /// The read's requests, as the event log shows them: the last one, and how many there were.
    private static func answers(_ records: [RequestRecord], since started: Date) -> String {
        let read = records.filter { $0.time >= started }
        guard let last = read.last else { return "no request was needed" }
        let status = last.status.map { "HTTP \($0)" } ?? "no answer"
        let total = Int(read.map(\.duration).reduce(0, +) * 1000)
        return "\(last.method) \(last.path) → \(status) (\(read.count) request\(read.count == 1 ? "" : "s"), \(total) ms)"
    }
}
