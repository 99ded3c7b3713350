/// Draws a bordered box with a title in its top edge.
///
/// Focus shows on the top and bottom edges and the title; the sides always keep the plain
/// border style. Why: side by side panes put two side edges next to each other, and every
/// row a key changes on both sides makes the terminal rewrite those two cells; in one style
/// that costs the two characters, in two styles two colour changes more per row.
@MainActor
struct BoxRenderer {
    let theme: Theme

    func draw(_ frame: PaneFrame, title: String, focused: Bool, on screen: any Screen,
              fill: ThemeRole? = nil) {
        guard frame.width >= 2, frame.height >= 2 else { return }
        let edge = theme[focused ? .borderFocused : .border]
        let side = theme[.border]
        let inner = frame.width - 2
        let caption = TextFit.cut(" \(title) ", max(0, inner - 1))
        let top = "┌─" + caption + String(repeating: "─", count: max(0, inner - 1 - caption.count)) + "┐"
        screen.put(row: frame.row, column: frame.column, top, style: edge)
        screen.put(row: frame.row, column: frame.column + 2, caption, style: focused ? theme[.borderFocused] : theme[.title])
        for row in (frame.row + 1)..<(frame.row + frame.height - 1) {
            screen.put(row: row, column: frame.column, "│", style: side)
            if let fill {
                screen.put(row: row, column: frame.column + 1, String(repeating: " ", count: inner), style: theme[fill])
            }
            screen.put(row: row, column: frame.column + frame.width - 1, "│", style: side)
        }
        screen.put(row: frame.row + frame.height - 1, column: frame.column,
                   "└" + String(repeating: "─", count: inner) + "┘", style: edge)
    }
}
