import CNcurses
import ConsoleModel
import Foundation

/// The console's one UI thread: read a key (50 ms timeout), drain queued actions, reduce,
/// run effects, and draw only when the state changed.
@MainActor
public final class ConsoleLoop {
    private var state: ConsoleState
    private var renderer: FrameRenderer
    private let themes: ThemeCatalog
    private let screen: NcursesScreen
    private let queue: ActionQueue
    private let runner: EffectRunner
    private let scheduler: RefreshScheduler
    private let fastRefresh: TimeInterval
    private let slowRefresh: TimeInterval
    /// Test only: `ORDERCON_TEST_CRASH_KEY=K` makes key K trap inside the loop, so that an
    /// end-to-end test can check that a genuine internal error still restores the terminal.
    private let crashKey = ProcessInfo.processInfo.environment["ORDERCON_TEST_CRASH_KEY"]?.first

    public init(state: ConsoleState, renderer: FrameRenderer, themes: ThemeCatalog, screen: NcursesScreen,
                queue: ActionQueue, runner: EffectRunner, fastRefresh: TimeInterval = 2, slowRefresh: TimeInterval = 30) {
        self.state = state
        self.renderer = renderer
        self.themes = themes
        self.screen = screen
        self.queue = queue
        self.runner = runner
        self.fastRefresh = fastRefresh
        self.slowRefresh = slowRefresh
        scheduler = RefreshScheduler { [queue] in queue.push(.refreshDue) }
    }

    /// Runs until the user quits; returns the final state.
    @discardableResult
    public func run() -> ConsoleState {
        dispatch(.viewport(rowsPerPane: FrameRenderer.rowsPerPane(rows: screen.rows, columns: screen.columns)))
        dispatch(.themesAvailable(themes.names))
        ConsoleReducer.start(state).forEach(runner.run)
        var drawn: ConsoleState?
        var lastSecond = Int(Date().timeIntervalSince1970)
        while !state.shouldQuit {
            if TerminalGuard.takeSuspendRequest() {
                TerminalGuard.suspend()
                screen.updateSize()
                drawn = nil
                dispatch(.viewport(rowsPerPane: FrameRenderer.rowsPerPane(rows: screen.rows, columns: screen.columns)))
            }
            var code: Int32 = 0
            switch cn_read_key(50, &code) {
            case 0: break
            case let kind:
                switch KeyDecoder.decode(isKeyCode: kind == 2, code: code) {
                case .key(let key):
                    if let crashKey, key == .char(crashKey) { fatalError("ORDERCON_TEST_CRASH_KEY \(crashKey) pressed") }
                    dispatch(.key(key))
                case .resize:
                    screen.updateSize()
                    drawn = nil
                    dispatch(.viewport(rowsPerPane: FrameRenderer.rowsPerPane(rows: screen.rows, columns: screen.columns)))
        dispatch(.themesAvailable(themes.names))
                case nil: break
                }
            }
            for action in queue.drain() { dispatch(action) }
            let second = Int(Date().timeIntervalSince1970)
            if second != lastSecond {
                lastSecond = second
                dispatch(.tick(Date()))
            }
            scheduler.update(interval: state.refreshInterval(fast: fastRefresh, slow: slowRefresh))
            if drawn != state, !state.shouldQuit {
                renderer.render(state, on: screen)
                drawn = state
            }
        }
        scheduler.stop()
        return state
    }

    private func dispatch(_ action: Action) {
        for effect in ConsoleReducer.reduce(&state, action) {
            switch effect {
            case .quit: break
            case .applyTheme(let name): applyTheme(name)
            case .copyToClipboard(let text): screen.copyToClipboard(text)
            default: runner.run(effect)
            }
        }
    }

    private func applyTheme(_ name: String) {
        do {
            let theme = try themes.loadStrictly(name)
            renderer.theme = screen.hasColors ? theme : theme.monochrome
            state.toast = Toast("Theme \(name).", now: Date())
        } catch {
            state.toast = Toast("Theme: \(error.description); keeping the current one.", kind: .error, now: Date())
        }
    }
}
