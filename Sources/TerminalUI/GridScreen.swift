/// An in-memory screen: a grid of characters (and their styles) that tests read back as text.
@MainActor
public final class GridScreen: Screen {
    public private(set) var rows: Int
    public private(set) var columns: Int
    public let hasColors: Bool
    private var cells: [[Character]]
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
            if col >= columns { break }
            if col >= 0 {
                cells[row][col] = character
                styles[row][col] = style
            }
            col += 1
        }
    }

    public func present() {
        presented += 1
    }

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
