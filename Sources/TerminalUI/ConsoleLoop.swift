import CNcurses
import ConsoleModel
import Foundation

/// The console's one UI thread: wait for input or queued actions, reduce, hand out the
/// effects, and draw only when the state changed. The console runs it on the terminal
/// (`NcursesScreen`, `TerminalInput`, `SystemClock`); its tests and the benchmark run the
/// same loop on a `GridScreen` with scripted input and, in tests, a clock moved by hand.
@MainActor
public final class ConsoleLoop {
    public private(set) var state: ConsoleState
    private var renderer: FrameRenderer
    private let themes: ThemeCatalog
    private let screen: any Screen
    private let input: any ConsoleInput
    private let queue: ActionQueue
    private let perform: (Effect) -> Void
    private let clock: any ConsoleClock
    private let fastRefresh: TimeInterval
    private let slowRefresh: TimeInterval
    private var scheduler = RefreshScheduler()
    /// The state last drawn, nil when every cell must be drawn again.
    private var drawn: ConsoleState?
    private var shownSecond: Int
    public private(set) var end: ConsoleEnd?
    #if DEBUG
    /// `ORDERCON_TEST_CRASH_KEY=K` makes key K trap inside the loop, so that an end-to-end
    /// test (`.ci/e2e-terminal.sh`, on the debug build) can check that a genuine internal
    /// error still restores the terminal. Release builds have no such key.
    private let crashKey = ProcessInfo.processInfo.environment["ORDERCON_TEST_CRASH_KEY"]?.first
    #endif

    /// `perform` receives every effect that is not the terminal's own (`applyTheme`,
    /// `copyToClipboard`): the console passes `EffectRunner.run`, whose answers come back
    /// through `queue`.
    public init(state: ConsoleState, renderer: FrameRenderer, themes: ThemeCatalog, screen: any Screen,
                input: any ConsoleInput, queue: ActionQueue, clock: any ConsoleClock,
                fastRefresh: TimeInterval = 2, slowRefresh: TimeInterval = 30, perform: @escaping (Effect) -> Void) {
        self.state = state
        self.renderer = renderer
        self.themes = themes
        self.screen = screen
        self.input = input
        self.queue = queue
        self.clock = clock
        self.fastRefresh = fastRefresh
        self.slowRefresh = slowRefresh
        self.perform = perform
        shownSecond = Int(clock.now.timeIntervalSince1970)
    }

    /// Runs until the user quits or a signal ends the console.
    public func run() -> ConsoleEnd {
        start()
        while end == nil {
            input.wait(timeout: timeUntilWork(), wake: queue.wakeDescriptor)
            turn()
        }
        return end ?? .quit
    }

    /// Sizes the panes, lists the themes, asks for the first effects and draws the first frame.
    public func start() {
        dispatch(.viewport(rowsPerPane: FrameRenderer.rowsPerPane(rows: screen.rows, columns: screen.columns)))
        dispatch(.themesAvailable(themes.names))
        ConsoleReducer.start(state).forEach(route)
        finishTurn()
    }

    /// One turn, without waiting: every event already there (a burst of keys costs one
    /// frame, not one each), every queued action, the clock's tick and a refresh if one is
    /// due, then a frame if the state changed.
    public func turn() {
        readInput()
        let readingCache = state.refresh.cacheCursor != nil
        for action in queue.drain() where end == nil { dispatch(action) }
        if readingCache, state.refresh.cacheCursor == nil { cn_release_free_memory() }
        let now = clock.now
        let second = Int(now.timeIntervalSince1970)
        if second != shownSecond {
            shownSecond = second
            dispatch(.tick(now))
        }
        if scheduler.takeDue(now: now) { dispatch(.refreshDue) }
        finishTurn()
    }

    /// Re-arms the refresh for what the state now wants and draws if anything changed.
    private func finishTurn() {
        if state.shouldQuit, end == nil { end = .quit }
        guard end == nil else { return }
        scheduler.update(interval: state.refreshInterval(fast: fastRefresh, slow: slowRefresh), now: clock.now)
        if drawn != state {
            if let extent = renderer.render(state, on: screen), extent != state.dialog.extent {
                // The frame just drawn already shows the view clamped this way.
                dispatch(.dialogMeasured(extent))
            }
            drawn = state
        }
    }

    /// Until the next whole second (ages and toasts are shown to the second) or the next
    /// refresh, whichever is sooner: idle, the console wakes once a second and, unless a
    /// shown age changed, writes nothing.
    public func timeUntilWork() -> Double {
        let now = clock.now
        let untilNextSecond = now.timeIntervalSince1970.rounded(.down) + 1 - now.timeIntervalSince1970 + 0.001
        guard let due = scheduler.due else { return untilNextSecond }
        return max(0, min(untilNextSecond, due.timeIntervalSince(now)))
    }

    private func readInput() {
        while end == nil, !state.shouldQuit, let event = input.next() {
            switch event {
            case .key(let key):
                #if DEBUG
                if let crashKey, key == .char(crashKey) { fatalError("ORDERCON_TEST_CRASH_KEY \(crashKey) pressed") }
                #endif
                dispatch(.key(key))
            case .paste(let text):
                dispatch(.paste(text))
            case .resized:
                screen.updateSize()
                drawn = nil
                dispatch(.viewport(rowsPerPane: FrameRenderer.rowsPerPane(rows: screen.rows, columns: screen.columns)))
            case .ended(let signal):
                end = .signal(signal)
            }
        }
    }

    private func dispatch(_ action: Action) {
        ConsoleReducer.reduce(&state, action).forEach(route)
    }

    private func route(_ effect: Effect) {
        switch effect {
        case .quit: break
        case .applyTheme(let name): applyTheme(name)
        case .copyToClipboard(let text): screen.copyToClipboard(text)
        default: perform(effect)
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
