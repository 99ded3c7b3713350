import ArgumentParser
import Config
import ConsoleModel
import Foundation
import Logging
import OrderKit
import Providers
import Sandbox
import Store
import TerminalUI

/// The interactive console (the default command). With no config file it starts the
/// embedded sandbox on a free loopback port and opens the console on it.
struct ConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console", abstract: "Open the interactive console (the default).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The account to open (default: the first in the config).")
    var account: String?

    @Flag(name: .customLong("read-only"), help: "Offer no action that creates, changes or cancels orders.")
    var readOnly = false

    @Option(help: "Theme name: a file in themes/ or $XDG_CONFIG_HOME/ordercon/themes/.")
    var theme: String?

    @MainActor
    func run() async throws {
        FileLogHandler.bootstrap(path: StatePaths.log)
        let logger = Logger(label: "ordercon")
        do {
            let queue = ActionQueue()
            let session = try await Session.open(configPath: global.config, account: account, logger: logger) { record in
                queue.push(.apiCall(record))
            }
            defer { session.close() }
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw CommandFailure.exit("the console needs a terminal; for scripts use a subcommand (see ordercon --help)",
                                          code: CommandFailure.usage)
            }
            guard NcursesScreen.isUsable else {
                let term = ProcessInfo.processInfo.environment["TERM"] ?? "unset"
                throw CommandFailure.exit("TERM=\(term) cannot place the cursor, so the console cannot draw; set TERM=xterm-256color (or vt100), or use the commands (ordercon orders, status, check)",
                                          code: CommandFailure.usage)
            }
            let settings = session.config.settings
            let environment = ProcessInfo.processInfo.environment
            let catalog = ThemeCatalog.standard()
            let (loadedTheme, warning) = catalog.load(theme ?? settings.theme)
            let colors = environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
            let readOnlyByChoice = readOnly || settings.readOnly
            let summaries = session.config.accounts.compactMap { account -> AccountSummary? in
                guard let provider = session.providers[account.name] else { return nil }
                return AccountSummary(name: account.name, provider: account.provider,
                                      capabilities: provider.capabilities, isSandbox: session.sandbox != nil,
                                      readOnlyByChoice: readOnlyByChoice || account.readOnly)
            }
            let first = summaries.first { $0.name == session.account.name }!
            let keymap: Keymap
            do {
                keymap = try Keymap.standard.overriding(session.config.keys)
            } catch {
                throw OrderError.configuration(detail: "\(session.config.path ?? "config"): \(error.message)")
            }
            var state = ConsoleState(account: first, accounts: summaries, now: Date(), keymap: keymap)
            let notes = [warning] + session.skipped.map { "Account left out: \($0)" }
            if let note = notes.compactMap({ $0 }).first {
                state.messages.post(Toast(note, kind: .error, now: state.now, lifetime: 15))
            }
            let runner = EffectRunner(providers: session.providers, store: session.store,
                                      formTemplates: FormTemplateFile(path: ConfigLoader.formsPath()), send: queue.push)
            let screen = NcursesScreen(colors: colors, diagnostics: StatePaths.log)
            defer { screen.close() }
            let renderer = FrameRenderer(theme: screen.hasColors ? loadedTheme : loadedTheme.monochrome)
            let loop = ConsoleLoop(state: state, renderer: renderer, themes: catalog, screen: screen, input: TerminalInput(),
                                   queue: queue, clock: SystemClock(), fastRefresh: settings.refreshFast,
                                   slowRefresh: settings.refreshSlow, perform: runner.run)
            let end = loop.run()
            screen.close()
            guard end == .quit else { throw ExitCode(end.exitStatus) }
        } catch {
            throw CommandFailure.exit(for: error)
        }
    }
}
