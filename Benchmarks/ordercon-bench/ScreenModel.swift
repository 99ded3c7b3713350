import ConsoleModel
import Foundation
import OrderKit
import TerminalUI

/// The console without a terminal: the reducer and the renderer drawing into an 80×24
/// in-memory screen, holding the same cached orders as the binary in the pseudo-terminal.
@MainActor
struct ScreenModel {
    private(set) var state: ConsoleState
    private let renderer: FrameRenderer
    private let screen = GridScreen(rows: 24, columns: 80)

    init(orders: [Order]) {
        let account = AccountSummary(name: BenchOrders.account, provider: .whitelabel, capabilities: Capabilities(),
                                     isSandbox: false)
        state = ConsoleState(account: account, now: Date())
        _ = ConsoleReducer.reduce(&state, .viewport(rowsPerPane: FrameRenderer.rowsPerPane(rows: 24, columns: 80)))
        _ = ConsoleReducer.reduce(&state, .cacheLoaded(account: account.name, orders: orders, carts: [],
                                                       refreshedAt: Date().addingTimeInterval(-7200)))
        renderer = FrameRenderer(theme: ThemeCatalog.standard().load("default").theme)
        renderer.render(state, on: screen)
    }

    /// Presses a key and draws the frame; returns how long that took, in milliseconds.
    mutating func time(_ key: Key) -> Double {
        let start = DispatchTime.now()
        _ = ConsoleReducer.reduce(&state, .key(key))
        renderer.render(state, on: screen)
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    }

    /// Presses a key and draws the frame; returns how many cells changed (text or style).
    mutating func press(_ key: Key) -> Int {
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
