import ConsoleModel
import Foundation
import OrderKit

/// Draws a `ConsoleState` onto a `Screen`: a pure function of the state (its time zone
/// included), the theme and the screen size, so frames can be compared as text in tests.
@MainActor
public struct FrameRenderer {
    public var theme: Theme
    private let payloads = PayloadTextMemo()

    public init(theme: Theme) {
        self.theme = theme
    }

    /// List rows per pane at this screen size, which the reducer needs for PgUp/PgDn.
    public static func rowsPerPane(rows: Int, columns: Int) -> Int {
        ConsoleLayout(rows: rows, columns: columns).rowsPerPane
    }

    /// - Returns: how far the open scrolling view can scroll at this size, when one is open:
    ///   the loop tells the reducer (`Action.dialogMeasured`), so G and End reach the end and
    ///   → stops where the widest line ends.
    @discardableResult
    public func render(_ state: ConsoleState, on screen: any Screen) -> ViewExtent? {
        screen.clear()
        let layout = ConsoleLayout(rows: screen.rows, columns: screen.columns)
        guard layout.fits else {
            for (row, line) in TooSmallNotice.lines(columns: screen.columns, rows: screen.rows).enumerated() {
                screen.put(row: row, column: 0, line.text, style: theme[line.role])
            }
            screen.present()
            return nil
        }
        drawHeader(state, screen)
        if let overview = state.refresh.overview {
            OverviewRenderer(theme: theme).render(overview, state: state, on: screen)
        } else {
            for pane in PaneID.allCases {
                drawPane(pane, state, layout.frame(of: pane), screen)
            }
        }
        drawStatusBar(state, screen)
        let bottom = state.dialog.modal.flatMap { ModalRenderer(theme: theme, payloads: payloads).render($0, state: state, on: screen) }
        screen.present()
        return bottom
    }

    // MARK: Header and status bar

    private func drawHeader(_ state: ConsoleState, _ screen: any Screen) {
        let account = state.account
        let tags = [account.isSandbox ? "sandbox" : nil, account.readOnlyReason == nil ? nil : "read-only"].compactMap { $0 }
        let left = " ordercon  \(account.provider.rawValue) · \(account.name)"
            + (tags.isEmpty ? "" : " (\(tags.joined(separator: ", ")))")
        var right: [String] = []
        let processing = state.lists.processingCount
        if processing > 0 { right.append("●\(processing) processing") }
        if let since = state.refresh.failingSince {
            right.append("refresh failing since \(ClockText.time(since, now: state.now, in: state.timeZone))")
        }
        if state.refresh.paused { right.append("⏸ refresh paused") }
        if state.refresh.running {
            right.append("refreshing…")
        } else if let last = state.refresh.last {
            right.append("↻ \(AgeText.short(state.now.timeIntervalSince(last))) ago")
        } else {
            right.append("not refreshed yet")
        }
        let role: ThemeRole = state.isStale ? .headerWarning : .header
        screen.put(row: 0, column: 0, TextFit.spread(left, right.joined(separator: "  ") + " ", screen.columns),
                   style: theme[role])
    }

    private func drawStatusBar(_ state: ConsoleState, _ screen: any Screen) {
        let row = screen.rows - 1
        if case .input(let line) = state.dialog.modal {
            var text = line.prompt + line.editor.shown(width: screen.columns - 1 - line.prompt.count)
            if line.purpose == .command, line.text.isEmpty {
                text += "   " + ConsoleCommandLine.commands.map(\.name).joined(separator: " ") + "   (Tab completes)"
            } else if case .filter(let pane) = line.purpose, let problem = state.lists.filters[pane]?.problem {
                text += "   " + problem
            }
            screen.put(row: row, column: 0, TextFit.pad(text, screen.columns), style: theme[.keyHint])
            return
        }
        if let toast = state.messages.current {
            let style = theme[toast.kind == .error ? .toastError : .toastInfo]
            let text = " " + toast.text + (toast.times > 1 ? " (×\(toast.times))" : "")
            guard DisplayWidth.of(text) > screen.columns, let key = state.keymap.keys(for: .messages).first else {
                screen.put(row: row, column: 0, TextFit.pad(text, screen.columns), style: style)
                return
            }
            // Cut: the key that shows it in full is named at the end.
            let more = " \(key.label) more "
            screen.put(row: row, column: 0, TextFit.pad(text, screen.columns - more.count), style: style)
            screen.put(row: row, column: screen.columns - more.count, more, style: theme[.keyHint])
            return
        }
        if let busy = state.placement.busy.last {
            screen.put(row: row, column: 0, TextFit.pad(" \(busy)…", screen.columns),
                       style: theme[.statusBar])
            return
        }
        screen.put(row: row, column: 0, String(repeating: " ", count: screen.columns), style: theme[.statusBar])
        var column = 1
        for (key, title) in StatusBarHints.hints(state.keymap, account: state.account, width: screen.columns) {
            let width = key.count + title.count + 3
            guard column + width <= screen.columns else { break }
            screen.put(row: row, column: column, key, style: theme[.keyHint])
            screen.put(row: row, column: column + key.count + 1, title, style: theme[.statusBar])
            column += width
        }
    }

    // MARK: Panes

    private func drawPane(_ pane: PaneID, _ state: ConsoleState, _ frame: PaneFrame, _ screen: any Screen) {
        let focused = state.lists.focus == pane && state.dialog.modal == nil
        let content = PaneContent.make(pane, state, width: frame.innerWidth, height: frame.innerHeight)
        BoxRenderer(theme: theme).draw(frame, title: content.title, focused: focused, on: screen)
        let visible = frame.innerHeight - (content.footer == nil ? 0 : 1)
        let selected = content.selectable ? state.lists.selectedIndex(pane) : nil
        for (line, index) in PaneContent.rowsInView(count: content.rowCount, selected: selected, height: visible).enumerated() {
            let row = content.row(index)
            let isSelected = index == selected
            let baseStyle = isSelected ? theme[focused ? .selected : .selectedUnfocused] : theme[.text]
            let screenRow = frame.row + 1 + line
            let text = (content.selectable && isSelected ? "▸ " : "  ") + row.text
            screen.put(row: screenRow, column: frame.column + 1, TextFit.pad(text, frame.innerWidth), style: baseStyle)
            if let accent = row.accent, !(isSelected && focused), accent.column + 2 < frame.innerWidth {
                var style = theme[accent.role]
                if isSelected { style.background = baseStyle.background }
                screen.put(row: screenRow, column: frame.column + 3 + accent.column,
                           TextFit.cut(accent.text, frame.innerWidth - accent.column - 2), style: style)
            }
        }
        if let footer = content.footer, frame.innerHeight > 0 {
            screen.put(row: frame.row + frame.height - 2, column: frame.column + 1,
                       TextFit.pad(" " + footer.text, frame.innerWidth), style: theme[footer.role])
        }
    }
}
