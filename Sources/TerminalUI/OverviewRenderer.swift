import ConsoleModel
import Foundation
import OrderKit

/// Draws the all-accounts view: one list over the whole body, each row tagged with its
/// account and provider; accounts that fail to refresh are named above the list and their
/// rows marked.
@MainActor
struct OverviewRenderer {
    let theme: Theme

    func render(_ overview: Overview, state: ConsoleState, on screen: any Screen) {
        let frame = PaneFrame(row: 1, column: 0, height: screen.rows - 2, width: screen.columns)
        let rows = overview.rows(now: state.now)
        BoxRenderer(theme: theme).draw(
            frame, title: "All accounts · \(rows.count) in progress, awaiting approval or failed in 24h · ↵ open · Esc back",
            focused: true, on: screen)
        let bottom = frame.row + frame.height - 1
        var line = frame.row + 1
        var notes = overview.failing.map { (text: " ⚠ \($0.name): \($0.error)", role: ThemeRole.warning) }
        let waiting = overview.names.filter { overview.accounts[$0]?.lastRefresh == nil && overview.accounts[$0]?.error == nil }
        if !waiting.isEmpty { notes.append((" Loading \(waiting.joined(separator: ", "))…", .dim)) }
        if rows.isEmpty, notes.isEmpty { notes.append(("  Nothing in progress or failed in any account.", .text)) }
        for note in notes where line < bottom {
            screen.put(row: line, column: 1, TextFit.pad(note.text, frame.innerWidth), style: theme[note.role])
            line += 1
        }
        guard !rows.isEmpty, line < bottom else { return }
        drawRows(rows, selected: overview.selected, now: state.now, in: frame, from: line, on: screen)
    }

    /// The column names on `top`, then the rows that fit under them, scrolled to keep the
    /// selected one in view.
    private func drawRows(_ rows: [Overview.Row], selected: Int, now: Date, in frame: PaneFrame, from top: Int,
                          on screen: any Screen) {
        let visible = max(0, frame.row + frame.height - 2 - top)
        let offset = max(0, selected - visible + 1)
        let inView = rows.enumerated().dropFirst(offset).prefix(visible)
        let columns = OverviewColumns(inView.map(\.element), width: frame.innerWidth)
        screen.put(row: top, column: 1, TextFit.pad(columns.header, frame.innerWidth), style: theme[.dim])
        for (line, (index, row)) in inView.enumerated() {
            let isSelected = index == selected
            let lead = columns.lead(row, age: AgeText.since(row.order.createdAt, now: now), selected: isSelected)
            let status = "\(PhaseSymbol.of(row.order.phase)) \(row.order.statusLabel)"
            let screenRow = top + 1 + line
            screen.put(row: screenRow, column: 1, TextFit.pad(lead + status, frame.innerWidth),
                       style: theme[isSelected ? .selected : .text])
            let leadWidth = DisplayWidth.of(lead)
            if !isSelected, leadWidth < frame.innerWidth {
                screen.put(row: screenRow, column: 1 + leadWidth, TextFit.cut(status, frame.innerWidth - leadWidth),
                           style: theme[.phase(row.order.phase)])
            }
        }
    }
}
