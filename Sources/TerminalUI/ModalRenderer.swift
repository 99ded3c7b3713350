import ConsoleModel
import OrderKit

/// Draws the dialog in front of the panes: help, detail, confirmation, picker, quantity.
@MainActor
struct ModalRenderer {
    let theme: Theme
    let payloads: PayloadTextMemo

    /// - Returns: how far a scrolling view (help, details, the log) can scroll; nil for the rest.
    func render(_ modal: Modal, state: ConsoleState, on screen: any Screen) -> ViewExtent? {
        switch modal {
        case .help(let scroll):
            return drawText(title: "Keys", lines: Self.helpRows(state), scroll: scroll, on: screen,
                     footer: "↑↓ PgUp PgDn g G scroll · Esc or ? close")
        case .detail(let orderID, let scroll, let column):
            let lines = DetailLines.make(orderID: orderID, state: state, payloads: payloads)
                .flatMap { $0.wrapped(Self.width(columns: screen.columns) - 3) }
            return drawText(title: "Order \(orderID)", lines: lines, scroll: scroll, column: column, on: screen,
                     footer: "↑↓ PgUp PgDn scroll · ←→ the payload · y copy the id · Esc close")
        case .confirm(let confirmation):
            drawConfirmation(confirmation, on: screen)
        case .picker(let picker):
            drawPicker(picker, on: screen)
        case .quantity(let prompt):
            drawQuantity(prompt, on: screen)
        case .text(let prompt):
            drawText(prompt, on: screen)
        case .form(let form):
            let frame = box(height: FormRenderer.height(of: form, width: Self.width(columns: screen.columns)), on: screen)
            FormRenderer(theme: theme).draw(form, in: frame, on: screen)
        case .keyValues(let form):
            let frame = box(height: KeyValueFormRenderer.height(of: form), on: screen)
            KeyValueFormRenderer(theme: theme).draw(form, in: frame, on: screen)
        case .input:
            break
        case .messages(let selected):
            MessagesRenderer(theme: theme).draw(state.messages.said, selected: selected, now: state.now, timeZone: state.timeZone,
                                                width: Self.width(columns: screen.columns),
                                                box: { box(height: $0, on: screen) }, on: screen)
        case .log(let scroll):
            let log = EventLogLines(state.log, now: state.now, timeZone: state.timeZone)
            return drawText(title: "Event log (\(state.log.events.count) calls)", lines: log.rows, scroll: scroll, on: screen,
                     header: log.header, footer: "↑↓ PgUp PgDn scroll · Esc close")
        }
        return nil
    }

    /// Help as `HelpLines` makes it: headings, keys with what they do, and what the account
    /// can never do dimmed with why; each group's keys in a column as wide as its widest.
    private static func helpRows(_ state: ConsoleState) -> [PaneRow] {
        var rows: [PaneRow] = []
        var group: [HelpLine] = []
        for line in HelpLines.make(state) + [.heading("")] {
            guard line.isHeading else {
                group.append(line)
                continue
            }
            let keysWidth = group.map { DisplayWidth.of($0.keys) }.max() ?? 0
            rows += group.map { helpRow($0, keysWidth: keysWidth) }
            group = []
            if !line.text.isEmpty {
                rows.append(PaneRow(text: line.text, accent: PaneRow.Accent(column: 0, text: line.text, role: .modalTitle)))
            }
        }
        return rows
    }

    private static func helpRow(_ line: HelpLine, keysWidth: Int) -> PaneRow {
        let text = line.keys.isEmpty ? line.text : "\(TextFit.pad(line.keys, keysWidth))  \(line.text)"
        guard let reason = line.unavailable else { return PaneRow(text: text) }
        let note = " (\(reason))"
        return PaneRow(text: text + note, accent: PaneRow.Accent(column: DisplayWidth.of(text), text: note, role: .dim))
    }

    /// Every dialog is as wide as the screen leaves room for, up to 100 columns: on 80
    /// columns 76, on 120 columns 100. One width for all, so a dialog never cuts a word
    /// for want of a width the screen has, and a wide terminal does not stretch lines
    /// beyond easy reading.
    static func width(columns: Int) -> Int {
        min(columns - 4, 100)
    }

    private func box(height: Int, on screen: any Screen) -> PaneFrame {
        let width = Self.width(columns: screen.columns)
        let height = min(height, screen.rows - 2)
        return PaneFrame(row: (screen.rows - height) / 2, column: (screen.columns - width) / 2,
                         height: height, width: width)
    }

    /// A scrolling text dialog; a `header` (column names) stays on its first row while the
    /// lines under it scroll.
    /// - Parameter column: how far sideways rows (`PaneRow.sideways`) are scrolled right.
    @discardableResult
    private func drawText(title: String, lines: [PaneRow], scroll: Int, column: Int = 0, on screen: any Screen,
                          header: String? = nil, footer: String? = nil) -> ViewExtent {
        let pinned = (header == nil ? 0 : 1) + (footer == nil ? 0 : 1)
        let frame = box(height: lines.count + 2 + pinned, on: screen)
        BoxRenderer(theme: theme).draw(frame, title: title, focused: true, on: screen, fill: .modal)
        if let header {
            screen.put(row: frame.row + 1, column: frame.column + 1, TextFit.pad(" " + header, frame.innerWidth),
                       style: theme[.modalTitle])
        }
        let top = frame.row + 1 + (header == nil ? 0 : 1)
        let visible = frame.innerHeight - pinned
        let start = min(scroll, max(0, lines.count - visible))
        for (offset, line) in lines.dropFirst(start).prefix(max(0, visible)).enumerated() {
            let text = line.sideways ? String(line.text.dropFirst(column)) : line.text
            screen.put(row: top + offset, column: frame.column + 1,
                       TextFit.pad(" " + text, frame.innerWidth), style: theme[.modal])
            if let accent = line.accent, accent.column + 1 < frame.innerWidth {
                screen.put(row: top + offset, column: frame.column + 2 + accent.column,
                           TextFit.cut(accent.text, frame.innerWidth - accent.column - 1), style: theme[accent.role])
            }
        }
        if let footer {
            screen.put(row: frame.row + frame.height - 2, column: frame.column + 1,
                       TextFit.pad(" " + footer, frame.innerWidth), style: theme[.dim])
        }
        let widest = lines.filter(\.sideways).map { DisplayWidth.of($0.text) }.max() ?? 0
        return ViewExtent(bottom: lines.count - max(0, visible), right: widest - (frame.innerWidth - 1))
    }

    private func drawConfirmation(_ confirmation: Confirmation, on screen: any Screen) {
        // Wrapped, not cut: what is confirmed is read in full.
        let lines = (confirmation.changedWhileOpen + confirmation.lines)
            .flatMap { PaneRow(text: $0).wrapped(Self.width(columns: screen.columns) - 4) }
        let frame = box(height: lines.count + 5, on: screen)
        BoxRenderer(theme: theme).draw(frame, title: confirmation.title, focused: true, on: screen, fill: .modal)
        for (offset, line) in lines.prefix(frame.innerHeight - 2).enumerated() {
            screen.put(row: frame.row + 1 + offset, column: frame.column + 2, TextFit.cut(line.text, frame.innerWidth - 2),
                       style: theme[.modal])
        }
        let buttonRow = frame.row + frame.height - 2
        guard confirmation.canConfirm else {
            let back = "[ Back ]"
            screen.put(row: buttonRow, column: frame.column + 2, "↵ Esc", style: theme[.dim])
            screen.put(row: buttonRow, column: frame.column + frame.width - back.count - 3, back, style: theme[.buttonSelected])
            return
        }
        let no = "[ No ]"
        let yes = "[ Yes ]"
        let start = frame.column + frame.width - no.count - yes.count - 4
        screen.put(row: buttonRow, column: frame.column + 2, "y/n · ←→ ↵", style: theme[.dim])
        screen.put(row: buttonRow, column: start, no,
                   style: theme[confirmation.yesSelected ? .button : .buttonSelected])
        screen.put(row: buttonRow, column: start + no.count + 2, yes,
                   style: theme[confirmation.yesSelected ? .buttonSelected : .button])
    }

    private func drawPicker(_ picker: Picker, on screen: any Screen) {
        let frame = box(height: screen.rows - 4, on: screen)
        BoxRenderer(theme: theme).draw(frame, title: picker.title, focused: true, on: screen, fill: .modal)
        screen.put(row: frame.row + 1, column: frame.column + 2,
                   TextFit.cut("Filter: \(picker.query)▏", frame.innerWidth - 2), style: theme[.modalTitle])
        let footer = picker.query.isEmpty ? "j k ↑↓ move · type to filter · ↵ choose · Esc cancel"
            : "↑↓ move · typing filters · ↵ choose · Esc clears the filter"
        screen.put(row: frame.row + frame.height - 2, column: frame.column + 2, TextFit.cut(footer, frame.innerWidth - 2),
                   style: theme[.dim])
        guard picker.entries != nil else {
            screen.put(row: frame.row + 3, column: frame.column + 2, "Loading…", style: theme[.modal])
            return
        }
        let visible = picker.visible
        if visible.isEmpty {
            screen.put(row: frame.row + 3, column: frame.column + 2, "Nothing matches.", style: theme[.modal])
        }
        // A detail cut in its row (an offer's facts, an action's summary) is shown whole
        // under the list for the selected entry.
        let detailWidth = frame.innerWidth / 2
        let whole = picker.selectedEntry.map { DisplayWidth.of($0.detail) > detailWidth ? TextFit.wrap($0.detail, frame.innerWidth - 4) : [] } ?? []
        let below = whole.isEmpty ? 0 : min(3, whole.count) + 1
        let height = frame.innerHeight - 3 - below
        let offset = max(0, picker.selected - height + 1)
        for (line, entry) in visible.dropFirst(offset).prefix(max(0, height)).enumerated() {
            let selected = offset + line == picker.selected
            let detail = TextFit.cut(entry.detail, detailWidth)
            let text = TextFit.spread((selected ? "▸ " : "  ") + entry.label, detail + " ", frame.innerWidth)
            let role: ThemeRole = selected ? .selected : entry.unavailableReason == nil ? .modal : .dim
            screen.put(row: frame.row + 2 + line, column: frame.column + 1, text, style: theme[role])
        }
        for (line, text) in whole.prefix(3).enumerated() {
            screen.put(row: frame.row + frame.height - 2 - below + 1 + line, column: frame.column + 3,
                       TextFit.cut(text, frame.innerWidth - 4), style: theme[.dim])
        }
    }

    private func drawText(_ prompt: TextPrompt, on screen: any Screen) {
        let frame = box(height: 7, on: screen)
        BoxRenderer(theme: theme).draw(frame, title: prompt.title, focused: true, on: screen, fill: .modal)
        screen.put(row: frame.row + 1, column: frame.column + 2, TextFit.cut(prompt.question, frame.innerWidth - 2),
                   style: theme[.modal])
        screen.put(row: frame.row + 2, column: frame.column + 2,
                   TextFit.pad("> " + prompt.editor.shown(width: frame.innerWidth - 4), frame.innerWidth - 2),
                   style: theme[.modalTitle])
        if let error = prompt.error {
            screen.put(row: frame.row + 3, column: frame.column + 2, TextFit.cut(error, frame.innerWidth - 2),
                       style: theme[.warning])
        }
        let action = if case .offerID = prompt.purpose { "fill in its keys" } else { "create" }
        screen.put(row: frame.row + 4, column: frame.column + 2, "↵ \(action) · Esc cancel", style: theme[.dim])
    }

    private func drawQuantity(_ prompt: QuantityPrompt, on screen: any Screen) {
        let frame = box(height: 7, on: screen)
        BoxRenderer(theme: theme).draw(frame, title: "Quantity", focused: true, on: screen, fill: .modal)
        let price = prompt.offer.price.map { " at \($0.formatted)" } ?? ""
        screen.put(row: frame.row + 1, column: frame.column + 2,
                   TextFit.cut("How many \(prompt.offer.name)\(price)?", frame.innerWidth - 2), style: theme[.modal])
        screen.put(row: frame.row + 2, column: frame.column + 2, TextFit.pad("> " + prompt.editor.shown(width: 18), 20),
                   style: theme[.modalTitle])
        if let error = prompt.error {
            screen.put(row: frame.row + 3, column: frame.column + 2, TextFit.cut(error, frame.innerWidth - 2),
                       style: theme[.warning])
        }
        screen.put(row: frame.row + 4, column: frame.column + 2, "↵ add · Esc cancel", style: theme[.dim])
    }
}
