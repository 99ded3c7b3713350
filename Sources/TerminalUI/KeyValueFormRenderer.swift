import ConsoleModel
import OrderKit

/// Draws the key/value line form: a row per key with its value, the focused half marked with
/// the cursor, the problem ↵ found under the rows, and the keys that edit it.
@MainActor
struct KeyValueFormRenderer {
    let theme: Theme

    /// Borders, two lines of notes and a blank, the rows (at least one), the problem line
    /// and the footer.
    static func height(of form: KeyValueForm) -> Int {
        max(1, form.rows?.count ?? 1) + 7
    }

    func draw(_ form: KeyValueForm, in frame: PaneFrame, on screen: any Screen) {
        let title = if case .cartLine = form.purpose { "Change offer \(form.offerID)" } else { "Add offer \(form.offerID)" }
        BoxRenderer(theme: theme).draw(frame, title: title, focused: true, on: screen, fill: .modal)
        let width = frame.innerWidth - 2
        let column = frame.column + 2
        let source = if case .cartLine = form.purpose {
            "The line's keys as the cart holds them; nothing is sent until you place it."
        } else {
            form.prefilled ? "Prefilled from its saved form (forms.toml)." : "No saved form yet for this offer."
        }
        screen.put(row: frame.row + 1, column: column,
                   TextFit.cut("FormData keys and values as the portal's request sends them.", width), style: theme[.modal])
        screen.put(row: frame.row + 2, column: column, TextFit.cut(source + " A whole number goes as a number.", width),
                   style: theme[.dim])
        let footerRow = frame.row + frame.height - 2
        defer {
            screen.put(row: footerRow, column: column,
                       TextFit.cut("↑↓ row · Tab key/value · + row · - drops an empty key · ↵ add · Esc", width),
                       style: theme[.dim])
        }
        guard let rows = form.rows else {
            screen.put(row: frame.row + 4, column: column, "Reading the saved form…", style: theme[.modal])
            return
        }
        let room = max(1, footerRow - 1 - (frame.row + 4))
        let start = max(0, min(form.focus - room / 2, rows.count - room))
        let keyWidth = min(max(12, (rows.map { DisplayWidth.of($0.key) }.max() ?? 0) + 1), width / 2)
        for (offset, entry) in rows.enumerated().dropFirst(start).prefix(room) {
            let focused = offset == form.focus
            let key = focused && form.column == .key ? EditableText(entry.key, cursor: form.cursor).shown(width: keyWidth) : entry.key
            let value = focused && form.column == .value
                ? EditableText(entry.value, cursor: form.cursor).shown(width: max(4, width - keyWidth - 5)) : entry.value
            let text = "\(focused ? "▸" : " ") \(TextFit.pad(key, keyWidth)) = \(value)"
            screen.put(row: frame.row + 4 + offset - start, column: column, TextFit.pad(TextFit.cut(text, width), width),
                       style: theme[focused ? .modalTitle : .modal])
        }
        if let problem = form.problem {
            screen.put(row: footerRow - 1, column: column, TextFit.cut(problem.text, width), style: theme[.warning])
        }
    }
}
