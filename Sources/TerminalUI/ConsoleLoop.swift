import CNcurses
import ConsoleModel
import Foundation

/// The console's one UI thread: wait for keys or queued actions, reduce, run effects, and
/// draw only when the state changed.
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
            waitForWork()
            if TerminalGuard.takeSuspendRequest() {
                // ^Z: the terminal is handed back, and after fg every cell is drawn again.
                TerminalGuard.suspend()
                screen.updateSize()
                drawn = nil
                dispatch(.viewport(rowsPerPane: FrameRenderer.rowsPerPane(rows: screen.rows, columns: screen.columns)))
            }
            readKeys(&drawn)
            let readingCache = state.refresh.cacheCursor != nil
            for action in queue.drain() { dispatch(action) }
            if readingCache, state.refresh.cacheCursor == nil { cn_release_free_memory() }
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

    /// Sleeps until a key arrives, an action is queued, or the clock reaches the next whole
    /// second (ages and toasts are shown to the second); a resize interrupts it too. Idle,
    /// the console wakes once a second and, unless a shown age changed, writes nothing.
    private func waitForWork() {
        let now = Date().timeIntervalSince1970
        let untilNextSecond = Int32((now.rounded(.down) + 1 - now) * 1000) + 1
        // poll skips a negative descriptor: without a wake-up pipe, look for actions every 50 ms.
        let timeout = queue.wakeDescriptor < 0 ? min(untilNextSecond, 50) : untilNextSecond
        var watched = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: queue.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        _ = poll(&watched, 2, timeout)
    }

    /// Handles every key already typed, so a burst (a held j) costs one frame, not one each.
    private func readKeys(_ drawn: inout ConsoleState?) {
        var code: Int32 = 0
        while !state.shouldQuit {
            let kind = cn_read_key(0, &code)
            guard kind != 0 else { return }
            switch KeyDecoder.decode(isKeyCode: kind == 2, code: code) {
            case .key(let key):
                if let crashKey, key == .char(crashKey) { fatalError("ORDERCON_TEST_CRASH_KEY \(crashKey) pressed") }
                dispatch(.key(key))
            case .resize:
                screen.updateSize()
                drawn = nil
                dispatch(.viewport(rowsPerPane: FrameRenderer.rowsPerPane(rows: screen.rows, columns: screen.columns)))
            case nil: break
            }
        }
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
            dispatch(.themeApplied(name, problem: nil))
        } catch {
            dispatch(.themeApplied(name, problem: error.description))
        }
    }
}
