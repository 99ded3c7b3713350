import Config
import ConsoleModel
import Foundation
import OrderKit
import TerminalUI

/// The console without a terminal: the console's own loop (`ConsoleLoop`) drawing into an
/// 80×24 in-memory screen, holding the same cached orders as the binary in the
/// pseudo-terminal. Effects are not performed: a key's time is the reducer's and the frame's.
@MainActor
struct ScreenModel {
    private let loop: ConsoleLoop
    private let input = ScriptedInput()
    private let screen = GridScreen(rows: 24, columns: 80)
    private let queue = ActionQueue()

    init(orders: [Order]) {
        let account = AccountSummary(name: BenchOrders.account, provider: .whitelabel, capabilities: Capabilities(),
                                     isSandbox: false)
        let catalog = ThemeCatalog.standard()
        loop = ConsoleLoop(state: ConsoleState(account: account, now: Date()),
                           renderer: FrameRenderer(theme: catalog.load("default").theme), themes: catalog,
                           screen: screen, input: input, queue: queue, clock: SystemClock(), perform: { _ in })
        queue.push(.cacheLoaded(account: account.name, orders: orders, carts: [],
                                refreshedAt: Date().addingTimeInterval(-7200)))
        loop.start()
        loop.turn()
    }

    /// Presses a key and lets the loop take its turn (reduce and draw); returns how long
    /// that took, in milliseconds.
    func time(_ key: Key) -> Double {
        input.press(key)
        let start = DispatchTime.now()
        loop.turn()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    }

    /// Presses a key and draws the frame; returns how many cells changed (text or style).
    func press(_ key: Key) -> Int {
        let before = cells()
        _ = time(key)
        return zip(before, cells()).count { $0 != $1 }
    }

    private struct Cell: Equatable {
        var character: Character
        var style: CellStyle
    }

    private func cells() -> [Cell] {
        let lines = screen.text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        return (0..<screen.rows).flatMap { row in
            (0..<screen.columns).map { column in
                let line = row < lines.count ? lines[row] : []
                return Cell(character: column < line.count ? line[column] : " ", style: screen.style(row: row, column: column))
            }
        }
    }
}
