/// Fitting text into cells — cut with an ellipsis, pad, wrap, and place two texts left and
/// right — counting cells as the terminal shows them (`DisplayWidth`), not characters.
enum TextFit {
    static func cut(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let cells = DisplayWidth.of(character)
            if used + cells > width - 1 { break }
            kept.append(character)
            used += cells
        }
        return kept + String(repeating: " ", count: width - 1 - used) + "…"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let cut = cut(text, width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }

    /// Breaks text into lines of at most `width` cells at spaces; a word longer than a line
    /// (an id, a URL) is broken across lines, so nothing is lost.
    static func wrap(_ text: String, _ width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ").flatMap({ pieces(of: String($0), width) }) {
            if line.isEmpty {
                line = word
            } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(word) <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A word in pieces of at most `width` cells (one piece when it fits).
    private static func pieces(of word: String, _ width: Int) -> [String] {
        guard DisplayWidth.of(word) > width else { return [word] }
        var pieces: [String] = []
        var piece = ""
        var used = 0
        for character in word {
            let cells = DisplayWidth.of(character)
            if used + cells > width, !piece.isEmpty {
                pieces.append(piece)
                piece = ""
                used = 0
            }
            piece.append(character)
            used += cells
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// `left` then `right` flush to the edge of `width`; `left` is cut first.
    static func spread(_ left: String, _ right: String, _ width: Int) -> String {
        let right = cut(right, width)
        let room = width - DisplayWidth.of(right)
        guard room > 1 else { return pad(right, width) }
        return pad(left, room - 1) + " " + right
    }
}
