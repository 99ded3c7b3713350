import ConsoleModel
import Foundation

/// Draws `:messages`: every message of the session, oldest first, each wrapped in full under
/// its time, the selected one highlighted and kept in view; an error in the failure colour.
@MainActor
struct MessagesRenderer {
    let theme: Theme

    /// - Parameters:
    ///   - width: the dialog's width, which the text wraps in.
    ///   - box: the centred dialog frame for a height.
    func draw(_ said: [Toast], selected: Int, now: Date, timeZone: TimeZone, width: Int,
              box: (_ height: Int) -> PaneFrame, on screen: any Screen) {
        let textWidth = max(10, width - 4)
        let entries = said.map { lines(of: $0, now: now, timeZone: timeZone, width: textWidth) }
        let rows = entries.enumerated().flatMap { index, lines in lines.map { (index, $0) } }
        let frame = box(max(1, rows.count) + 3)
        BoxRenderer(theme: theme).draw(frame, title: "Messages (\(said.count))", focused: true, on: screen, fill: .modal)
        let visible = frame.innerHeight - 1
        let first = rows.firstIndex { $0.0 == selected } ?? 0
        let last = rows.lastIndex { $0.0 == selected } ?? 0
        let top = min(first, max(0, last + 1 - visible))
        if rows.isEmpty {
            screen.put(row: frame.row + 1, column: frame.column + 1, TextFit.pad(" Nothing said yet.", frame.innerWidth),
                       style: theme[.modal])
        }
        for (offset, (index, line)) in rows.dropFirst(top).prefix(visible).enumerated() {
            let role: ThemeRole = index == selected ? .selected : said[index].kind == .error ? .failed : .modal
            screen.put(row: frame.row + 1 + offset, column: frame.column + 1, TextFit.pad(" " + line, frame.innerWidth),
                       style: theme[role])
        }
        screen.put(row: frame.row + frame.height - 2, column: frame.column + 1,
                   TextFit.pad(" ↑↓ PgUp PgDn g G select · y copy the message · Esc close", frame.innerWidth), style: theme[.dim])
    }

    /// A message's lines: its time, then its text wrapped under it, with how often it was said.
    private func lines(of toast: Toast, now: Date, timeZone: TimeZone, width: Int) -> [String] {
        let time = ClockText.time(toast.at, now: now, in: timeZone)
        let indent = String(repeating: " ", count: time.count + 2)
        let text = toast.times > 1 ? "\(toast.text) (×\(toast.times))" : toast.text
        let wrapped = TextFit.wrap(text, max(10, width - indent.count))
        return wrapped.enumerated().map { index, line in (index == 0 ? time + "  " : indent) + line }
    }
}
