import Config

/// An in-memory screen: a grid of characters (and their styles) that tests read back as text.
/// A wide character (`DisplayWidth` 2) takes its cell and the next, as on a terminal; the
/// text shows it once, so a line reads as the terminal shows it.
@MainActor
public final class GridScreen: Screen {
    public private(set) var rows: Int
    public private(set) var columns: Int
    public let hasColors: Bool
    /// Nil for the second cell of a wide character.
    private var cells: [[Character?]]
    private var styles: [[CellStyle]]
    /// The size `resize` set, taken when the loop reads it (`updateSize`), as a terminal's is.
    private var nextSize: (rows: Int, columns: Int)
    /// Every text copied to the clipboard, oldest first.
    public private(set) var clipboard: [String] = []
    /// How many frames were shown: a test can tell a turn that drew from one that did not.
    public private(set) var presented = 0

    public init(rows: Int, columns: Int, hasColors: Bool = true) {
        self.rows = rows
        self.columns = columns
        self.hasColors = hasColors
        nextSize = (rows, columns)
        cells = []
        styles = []
        clear()
    }

    /// Changes the size as a terminal window does: the loop takes it at the next `.resized` event.
    public func resize(rows: Int, columns: Int) {
        nextSize = (rows, columns)
    }

    public func updateSize() {
        (rows, columns) = nextSize
        clear()
    }

    public func copyToClipboard(_ text: String) {
        clipboard.append(text)
    }

    public func clear() {
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        styles = Array(repeating: Array(repeating: .plain, count: columns), count: rows)
    }

    public func put(row: Int, column: Int, _ text: String, style: CellStyle) {
        guard row >= 0, row < rows else { return }
        var col = column
        for character in text {
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            if col + width > columns {
                if col >= 0, col < columns { set(row, col, " ", style) }
                break
            }
            if col >= 0 {
                set(row, col, DisplayWidth.drawn(character), style)
                if width == 2 { set(row, col + 1, nil, style) }
            }
            col += width
        }
    }

    /// Writes one cell; a wide character it overwrites half of loses its other half.
    private func set(_ row: Int, _ column: Int, _ character: Character?, _ style: CellStyle) {
        if cells[row][column] == nil, column > 0 { cells[row][column - 1] = " " }
        if column + 1 < columns, cells[row][column + 1] == nil, character != nil { cells[row][column + 1] = " " }
        cells[row][column] = character
        styles[row][column] = style
    }

    public func present() {
        presented += 1
    }

    /// The screen as lines of text, trailing blanks removed.
    public var text: String {
        cells.map { line in
            var text = String(line.compactMap { $0 })
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }

    /// One character per cell for its attributes — `r` reverse, `b` bold, `u` underline,
    /// `d` dim (the first that applies), blank for none — so monochrome frames, which
    /// differ only in attributes, can be compared as text too.
    public var attributeText: String {
        zip(cells, styles).map { cellLine, styleLine in
            // The second cell of a wide character is not in `text`: not here either.
            let line = zip(cellLine, styleLine).filter { $0.0 != nil }.map(\.1)
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
