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
        let failing = overview.failing
        BoxRenderer(theme: theme).draw(
            frame, title: "All accounts · \(rows.count) in progress, awaiting approval or failed in 24h · ↵ open · Esc back",
            focused: true, on: screen)
        var line = frame.row + 1
        for (name, error) in failing where line < frame.row + frame.height - 1 {
            screen.put(row: line, column: 1, TextFit.pad(" ⚠ \(name): \(error)", frame.innerWidth), style: theme[.warning])
            line += 1
        }
        let waiting = overview.names.filter { overview.accounts[$0]?.lastRefresh == nil && overview.accounts[$0]?.error == nil }
        if !waiting.isEmpty, line < frame.row + frame.height - 1 {
            screen.put(row: line, column: 1, TextFit.pad(" Loading \(waiting.joined(separator: ", "))…", frame.innerWidth),
                       style: theme[.dim])
            line += 1
        }
        let accountWidth = min(18, max(7, overview.names.map(\.count).max() ?? 7))
        let idWidth = min(24, max(4, rows.map(\.order.id.count).max() ?? 4))
        let visible = frame.row + frame.height - 1 - line
        let offset = max(0, overview.selected - visible + 1)
        for (index, row) in rows.enumerated().dropFirst(offset).prefix(max(0, visible)) {
            let selected = index == overview.selected
            let age = AgeText.since(row.order.createdAt, now: state.now)
            let base = (selected ? "▸ " : "  ") + (row.stale ? "⚠ " : "  ")
                + "\(TextFit.pad(row.account, accountWidth)) \(TextFit.pad(row.provider.rawValue, 10)) "
                + "\(TextFit.pad(row.order.id, idWidth)) \(String(repeating: " ", count: max(0, 3 - age.count)))\(age) "
                + "\(TextFit.pad(row.order.customerLabel, 16)) "
            let status = "\(PhaseSymbol.of(row.order.phase)) \(row.order.statusLabel)"
            let style = theme[selected ? .selected : .text]
            screen.put(row: line, column: 1, TextFit.pad(base + status, frame.innerWidth), style: style)
            if !selected, base.count < frame.innerWidth {
                screen.put(row: line, column: 1 + DisplayWidth.of(base), TextFit.cut(status, frame.innerWidth - DisplayWidth.of(base)),
                           style: theme[.phase(row.order.phase)])
            }
            line += 1
        }
        if rows.isEmpty, failing.isEmpty, waiting.isEmpty, line < frame.row + frame.height - 1 {
            screen.put(row: line, column: 1, TextFit.pad("  Nothing in progress or failed in any account.", frame.innerWidth),
                       style: theme[.text])
        }
    }
}
