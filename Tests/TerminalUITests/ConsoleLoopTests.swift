import Config
import ConsoleModel
import Foundation
import OrderFixtures
import OrderKit
import Testing
import TerminalUI

/// The console's own loop, in-process: scripted keys in, frames out of the in-memory
/// screen, the clock moved by hand for ticks and refreshes, a resize, and the ends.
@MainActor
@Suite struct ConsoleLoopTests {
    private let screen = GridScreen(rows: 24, columns: 80)
    private let input = ScriptedInput()
    private let clock = ManualClock(OrderFixtures.now)
    private let queue = ActionQueue()
    private let asked = EffectLog()

    private func loop(_ state: ConsoleState = ScreenFixture.loaded()) -> ConsoleLoop {
        ConsoleLoop(state: state, renderer: FrameRenderer(theme: ScreenFixture.theme),
                    themes: ThemeCatalog(files: ThemeFiles(userDirectory: nil)), screen: screen, input: input,
                    queue: queue, clock: clock, perform: { [asked] in asked.effects.append($0) })
    }

    @Test func startDrawsTheFirstFrameAndAsksForTheCacheAndARefresh() {
        let loop = loop()
        loop.start()
        Snapshot.check(screen.text, named: "panes-80x24")
        #expect(asked.effects == [.loadCache(account: "wl-demo"), .refresh(account: "wl-demo")])
        #expect(loop.state.themeNames.contains("mono"))
    }

    @Test func aBurstOfKeysIsReducedInOrderAndDrawnOnce() {
        let loop = loop()
        loop.start()
        let frames = screen.presented
        input.press(.char("j"), .char("j"), .char("k"))
        loop.turn()
        #expect(screen.presented == frames + 1)
        let expected = ScreenFixture.pressing(ScreenFixture.loaded(), .char("j"), .char("j"), .char("k"))
        #expect(screen.text == ScreenFixture.render(expected, columns: 80, rows: 24).text)
        #expect(screen.text != ScreenFixture.render(ScreenFixture.loaded(), columns: 80, rows: 24).text)
    }

    /// Help is longer than 24 rows: G shows its end, and the loop tells the reducer where that
    /// is, so the next k moves at once instead of walking back from past the end.
    @Test func theFrameMeasuresHowFarAViewScrolls() {
        let loop = loop()
        loop.start()
        input.press(.char("?"), .char("G"))
        loop.turn()
        let bottom = loop.state.dialog.extent?.bottom
        #expect((bottom ?? 0) > 0)
        #expect(loop.state.dialog.modal == .help(scroll: bottom ?? -1))
        let end = screen.text
        input.press(.char("k"))
        loop.turn()
        #expect(loop.state.dialog.modal == .help(scroll: (bottom ?? 0) - 1))
        #expect(screen.text != end)
    }

    /// → stops where the payload's widest line ends on this screen: a payload that fits does
    /// not move sideways at all.
    @Test func theFrameMeasuresHowFarAPayloadScrollsSideways() {
        var state = ScreenFixture.pressing(ScreenFixture.loaded(), .enter)
        var order = OrderFixtures.book[2]
        order.rawPayload = #"{"Id": 1038, "Note": "\#(String(repeating: "w", count: 100))"}"#
        _ = ConsoleReducer.reduce(&state, .orderLoaded(account: "wl-demo", .success(order)))
        let loop = loop(state)
        loop.start()
        input.press(.right, .right, .right, .right, .right, .right, .right, .right)
        loop.turn()
        guard case .detail(_, _, let column) = loop.state.dialog.modal, let right = loop.state.dialog.extent?.right else {
            Issue.record("no detail view measured")
            return
        }
        #expect(right > 0 && right < 64)
        #expect(column == right)
        #expect(screen.text.contains("ww\"") , "the end of the widest line is in view")
    }

    @Test func aTurnWithNothingNewDrawsNothing() {
        let loop = loop()
        loop.start()
        let frames = screen.presented
        loop.turn()
        loop.turn()
        #expect(screen.presented == frames)
    }

    @Test func anActionFromTheQueueIsReducedAndDrawn() {
        let loop = loop()
        loop.start()
        let newest = OrderFixtures.order("1099", customer: "Queued Answer AG", status: "Submitted", phase: .processing,
                                         hoursAgo: 0)
        let answer = Action.ordersLoaded(account: "wl-demo", .success(OrderList(orders: [newest] + OrderFixtures.book)),
                                         at: OrderFixtures.now)
        queue.push(answer)
        loop.turn()
        var expected = ScreenFixture.loaded()
        _ = ConsoleReducer.reduce(&expected, answer)
        #expect(screen.text == ScreenFixture.render(expected, columns: 80, rows: 24).text)
        #expect(screen.text.contains("1099  0s Queued Answer"))
    }

    @Test func theClockTicksOncePerSecondAndARefreshIsAskedWhenDue() throws {
        let loop = loop()
        loop.start()
        asked.effects.removeAll()
        let interval = try #require(loop.state.refreshInterval())
        clock.advance(by: 0.4)
        loop.turn()
        #expect(loop.state.now == OrderFixtures.now, "no tick within the same second")
        clock.advance(by: 0.6)
        loop.turn()
        #expect(loop.state.now == OrderFixtures.now.addingTimeInterval(1))
        #expect(asked.effects.isEmpty, "no refresh before the interval has passed")
        #expect(loop.timeUntilWork() <= 1.001)
        clock.advance(by: interval * 1.1)
        loop.turn()
        #expect(asked.effects == [.refresh(account: "wl-demo")])
    }

    /// A dialog does not pause refresh: with help open for a minute and the provider
    /// answering each refresh at once, the list behind it is never older than the interval
    /// plus the moment the answer takes.
    @Test func refreshGoesOnUnderADialogAndTheListStaysFresh() throws {
        let loop = loop()
        loop.start()
        input.press(.char("?"))
        loop.turn()
        guard case .help = loop.state.dialog.modal else { Issue.record("help did not open"); return }
        let interval = try #require(loop.state.refreshInterval())
        var refreshes = 0
        while clock.now.timeIntervalSince(OrderFixtures.now) < 60 {
            asked.effects.removeAll()
            clock.advance(by: 0.5)
            loop.turn()
            guard asked.effects.contains(.refresh(account: "wl-demo")) else { continue }
            refreshes += 1
            queue.push(.ordersLoaded(account: "wl-demo", .success(OrderList(orders: OrderFixtures.book)), at: clock.now))
            loop.turn()
            let age = clock.now.timeIntervalSince(try #require(loop.state.refresh.last))
            #expect(age <= interval * 1.1 + 0.5)
        }
        #expect(refreshes >= Int(60 / (interval * 1.1 + 0.5)), "refreshed \(refreshes) times in a minute under a dialog")
        guard case .help = loop.state.dialog.modal else { Issue.record("the dialog closed"); return }
    }

    @Test func aPausedConsoleAsksForNoRefresh() {
        let loop = loop()
        loop.start()
        input.press(.char("Z"))
        loop.turn()
        #expect(loop.state.refresh.paused)
        asked.effects.removeAll()
        clock.advance(by: 600)
        loop.turn()
        #expect(!asked.effects.contains(.refresh(account: "wl-demo")))
    }

    @Test func aResizeRedrawsAtTheNewSize() {
        let loop = loop()
        loop.start()
        screen.resize(rows: 40, columns: 120)
        input.send(.resized)
        loop.turn()
        #expect(screen.rows == 40 && screen.columns == 120)
        #expect(loop.state.rowsPerPane == FrameRenderer.rowsPerPane(rows: 40, columns: 120))
        Snapshot.check(screen.text, named: "panes-120x40")
    }

    @Test func qEndsTheRunAndASignalEndsItWithItsStatus() {
        input.press(.char("j"), .char("q"), .char("j"))
        #expect(loop().run() == .quit)
        let signalled = ScriptedInput([.ended(signal: SIGTERM), .key(.char("j"))])
        let loop = ConsoleLoop(state: ScreenFixture.loaded(), renderer: FrameRenderer(theme: ScreenFixture.theme),
                               themes: ThemeCatalog(files: ThemeFiles(userDirectory: nil)), screen: screen,
                               input: signalled, queue: queue, clock: clock, perform: { _ in })
        let end = loop.run()
        #expect(end == .signal(SIGTERM))
        #expect(end.exitStatus == 143)
        #expect(loop.state.lists.selectedIndex(.status) == ScreenFixture.loaded().lists.selectedIndex(.status), "no key after the signal")
    }

    @Test func aThemeIsAppliedToTheScreenAndAnUnknownOneRefused() {
        let loop = loop()
        loop.start()
        #expect(colouredCells > 0)
        let command: [Key] = [":", "t", "h", "e", "m", "e", " "].map { .char($0) }
        input.send(contentsOf: command + ["m", "o", "n", "o"].map { .char($0) } + [.enter])
        loop.turn()
        #expect(screen.attributeText == ScreenFixture.render(loop.state, columns: 80, rows: 24, theme: ScreenFixture.mono).attributeText)
        #expect(colouredCells == 0, "mono draws no colour")
        input.send(contentsOf: command + ["n", "o", "n", "e"].map { .char($0) } + [.enter])
        loop.turn()
        #expect(loop.state.messages.current?.kind == .error)
        #expect(screen.attributeText == ScreenFixture.render(loop.state, columns: 80, rows: 24, theme: ScreenFixture.mono).attributeText)
    }

    private var colouredCells: Int {
        (0..<screen.rows).reduce(0) { count, row in
            count + (0..<screen.columns).count { column in
                let style = screen.style(row: row, column: column)
                return style.foreground != nil || style.background != nil
            }
        }
    }

    @Test func aCopyGoesToTheScreensClipboardNotToTheRunner() throws {
        let loop = loop()
        loop.start()
        asked.effects.removeAll()
        let selected = try #require(loop.state.lists.selectedID(loop.state.lists.focus))
        input.press(.enter, .char("y"))
        loop.turn()
        #expect(screen.clipboard == [selected])
        #expect(!asked.effects.contains { if case .copyToClipboard = $0 { true } else { false } })
    }
}

/// The effects the loop handed out, in order.
@MainActor
final class EffectLog {
    var effects: [Effect] = []
}
