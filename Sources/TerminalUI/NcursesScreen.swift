import Config
import CNcurses
import Foundation

/// The real terminal, through ncursesw. Only the main actor touches it; ncurses itself
/// sends only the cells that changed since the last frame, and a frame that is the same as
/// the one on screen (a clock tick that changed no shown age) is not handed to ncurses at all.
@MainActor
public final class NcursesScreen: Screen {
    public private(set) var rows: Int = 0
    public private(set) var columns: Int = 0
    /// What the frame being drawn writes, and what the one on screen wrote.
    private var frame: [Write] = []
    private var shown: [Write]?

    private struct Write: Equatable {
        var row: Int
        var column: Int
        var text: String
        var style: CellStyle
    }
    /// False on terminals without colour (or with colour turned off): styles keep only attributes.
    public private(set) var hasColors = false
    private var colorCount = 0
    private var pairs: [ColorPair: Int16] = [:]

    private struct ColorPair: Hashable {
        var foreground: Int
        var background: Int
    }

    /// Whether this terminal can show the console at all: it must be able to place the
    /// cursor, which `TERM=dumb` (and an unknown `TERM`) cannot.
    public static var isUsable: Bool { cn_terminal_addresses_cursor() != 0 }

    /// Takes over the terminal. `colors: false` draws with attributes only; `diagnostics`
    /// is the file that receives stderr (a crash's message) while the console draws.
    public init(colors: Bool, diagnostics: String? = nil) {
        if let locale = setlocale(LC_ALL, ""), String(cString: locale).lowercased().contains("utf") {
        } else {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        setenv("ESCDELAY", "25", 0)
        TerminalGuard.saveShellModes()
        initscr()
        TerminalGuard.install(diagnostics: diagnostics)
        cbreak()
        noecho()
        nonl()
        // Keys' escape sequences are read by `EscapeSequence`, the same under any TERM.
        keypad(cn_stdscr(), false)
        TerminalGuard.bracketedPaste(true)
        curs_set(0)
        // The cursor is hidden: no need to move it back after every frame.
        leaveok(cn_stdscr(), true)
        if colors, has_colors() {
            start_color()
            use_default_colors()
            hasColors = true
            colorCount = Int(cn_colors())
        }
        updateSize()
    }

    /// Re-reads the terminal size after a resize.
    public func updateSize() {
        rows = Int(cn_lines())
        columns = Int(cn_cols())
        shown = nil
    }

    public func clear() {
        frame.removeAll(keepingCapacity: true)
    }

    public func put(row: Int, column: Int, _ text: String, style: CellStyle) {
        guard row >= 0, row < rows, column < columns, !text.isEmpty else { return }
        frame.append(Write(row: row, column: column, text: text, style: style))
    }

    public func present() {
        guard frame != shown else { return }
        werase(cn_stdscr())
        for write in frame { draw(write.row, write.column, write.text, write.style) }
        wrefresh(cn_stdscr())
        shown = frame
    }

    private func draw(_ row: Int, _ column: Int, _ text: String, _ style: CellStyle) {
        // Each character as its first scalar (`DisplayWidth`), as many as fit; the bottom-right
        // cell scrolls the screen when written, so it is left blank.
        let room = columns - max(0, column) - (row == rows - 1 ? 1 : 0)
        var wide: [wchar_t] = []
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            guard width > 0, let scalar = character.unicodeScalars.first else { continue }
            guard used + width <= room else { break }
            wide.append(wchar_t(bitPattern: scalar.value))
            used += width
        }
        wide.append(0)
        wide.withUnsafeBufferPointer { buffer in
            cn_put(Int32(row), Int32(max(0, column)), buffer.baseAddress, attributes(style), pair(style))
        }
    }

    /// Puts text on the clipboard with OSC 52, wrapped for tmux when inside it, so a copy
    /// works over SSH too.
    public func copyToClipboard(_ text: String) {
        let payload = Data(text.utf8).base64EncodedString()
        var sequence = "\u{1B}]52;c;\(payload)\u{07}"
        if ProcessInfo.processInfo.environment["TMUX"] != nil {
            sequence = "\u{1B}Ptmux;" + sequence.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
        }
        FileHandle.standardOutput.write(Data(sequence.utf8))
    }

    /// Gives the terminal back; safe to call twice.
    public func close() {
        TerminalGuard.restore()
    }

    private func attributes(_ style: CellStyle) -> attr_t {
        var value = cn_a_normal()
        if style.bold { value |= cn_a_bold() }
        if style.dim { value |= cn_a_dim() }
        if style.underline { value |= cn_a_underline() }
        if style.reverse { value |= cn_a_reverse() }
        return value
    }

    private func pair(_ style: CellStyle) -> Int16 {
        guard hasColors, style.foreground != nil || style.background != nil else { return 0 }
        let key = ColorPair(foreground: fit(style.foreground ?? -1, background: false),
                            background: fit(style.background ?? -1, background: true))
        if let existing = pairs[key] { return existing }
        guard pairs.count + 1 < Int(cn_color_pairs()), pairs.count < Int(Int16.max) - 1 else { return 0 }
        let number = Int16(pairs.count + 1)
        init_pair(number, Int16(key.foreground), Int16(key.background))
        pairs[key] = number
        return number
    }

    /// Colours beyond what the terminal has fall back to their basic 8-colour cousin.
    private func fit(_ color: Int, background: Bool) -> Int {
        guard color >= colorCount, color >= 0 else { return color }
        return ColorFallback.basic(color, background: background)
    }
}
