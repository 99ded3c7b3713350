/// An in-memory screen: a grid of characters (and their styles) that tests read back as text.
@MainActor
public final class GridScreen: Screen {
    public let rows: Int
    public let columns: Int
    private var cells: [[Character]]
    private var styles: [[CellStyle]]

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        styles = Array(repeating: Array(repeating: .plain, count: columns), count: rows)
    }

    public func clear() {
        for row in 0..<rows {
            cells[row] = Array(repeating: " ", count: columns)
            styles[row] = Array(repeating: .plain, count: columns)
        }
    }

    public func put(row: Int, column: Int, _ text: String, style: CellStyle) {
        guard row >= 0, row < rows else { return }
        var col = column
        for character in text {
            if col >= columns { break }
            if col >= 0 {
                cells[row][col] = character
                styles[row][col] = style
            }
            col += 1
        }
    }

    public func present() {}

    /// The screen as lines of text, trailing blanks removed.
    public var text: String {
        cells.map { line in
            var text = String(line)
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }

    /// One character per cell for its attributes — `r` reverse, `b` bold, `u` underline,
    /// `d` dim (the first that applies), blank for none — so monochrome frames, which
    /// differ only in attributes, can be compared as text too.
    public var attributeText: String {
        styles.map { line in
            var text = String(line.map { style -> Character in
                if style.reverse { return "r" }
                if style.bold { return "b" }
                if style.underline { return "u" }
                if style.dim { return "d" }
                return " "
            })
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }

    public func style(row: Int, column: Int) -> CellStyle {
        styles[row][column]
    }
}
