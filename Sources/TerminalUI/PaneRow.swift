/// One line of a pane: plain text, with an optional coloured part (a status, an expiry)
/// drawn over it at `accent.column`.
struct PaneRow: Equatable {
    struct Accent: Equatable {
        var column: Int
        var text: String
        var role: ThemeRole
    }

    var text: String
    var accent: Accent?
    /// A line that is never wrapped and scrolls sideways instead (a raw payload's JSON).
    var sideways = false

    /// The row in lines of at most `width` cells, nothing cut: a continuation starts under
    /// the value (after the label's run of spaces, or the coloured part's column), so a long
    /// value reads as one block. A sideways row stays one line.
    func wrapped(_ width: Int) -> [PaneRow] {
        guard !sideways, DisplayWidth.of(text) > width, width > 8 else { return [self] }
        let indent = min(width / 2, accent?.column ?? Self.valueColumn(text))
        let pad = String(repeating: " ", count: indent)
        let head = String(text.prefix(indent))
        let body = TextFit.wrap(String(text.dropFirst(indent)), width - indent)
        return body.enumerated().map { index, piece in
            let line = (index == 0 ? head : pad) + piece
            return PaneRow(text: line, accent: accent.map { Accent(column: indent, text: piece, role: $0.role) })
        }
    }

    /// Where a `Label   value` line's value starts: after the first run of two or more
    /// spaces that follows text; a sentence continues under its own first letter.
    private static func valueColumn(_ text: String) -> Int {
        let leading = text.prefix { $0 == " " }.count
        let characters = Array(text)
        var index = leading
        while index + 1 < characters.count {
            if characters[index] == " ", characters[index + 1] == " " {
                var end = index
                while end < characters.count, characters[end] == " " { end += 1 }
                return end
            }
            index += 1
        }
        return leading
    }
}
